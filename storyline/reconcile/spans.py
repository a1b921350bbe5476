"""Long spans told in words or in larger units: "three decades", "a quarter-century", "half a
century", "a decade and a half", "a fortnight" (issue 11, durations).

One outlet says "for three decades", another "for a quarter-century", a third "for 30
years": the figure extractor reads the first as 3 decades and not the next two at all.
Here decades and centuries are put in years and spans spelt out in words are read as
duration figures, so that 25 and 30 years are compared where the same span is told (every
check of ``figures.py`` still applies: the same thing measured, one happening). A figure
keeps the words it was written in, which are shown ("a quarter-century").
"""

from __future__ import annotations

import re

from storyline.records import Figure

from .evidence import Doc
from .figure_values import span_in
from .text import fold

# Larger units of time, in years.
_IN_YEARS = {"decade": 10.0, "decades": 10.0, "century": 100.0, "centuries": 100.0}

_BOUND = (r"(?P<bound>nearly|almost|about|around|some|roughly|more than|over|at least|"
          r"less than|under|just over|just under)?\s*")
# Spans in words, with their length and unit.
_SPANS = (
    (re.compile(_BOUND + r"\b(?:a|one)\s+quarter[\s-]+(?:of\s+a\s+)?century\b", re.I),
     25.0, "year"),
    (re.compile(_BOUND + r"\b(?:half\s+a|a\s+half[\s-]+)\s*century\b", re.I), 50.0, "year"),
    (re.compile(_BOUND + r"\b(?:a|one)\s+decade\s+and\s+a\s+half\b", re.I), 15.0, "year"),
    (re.compile(_BOUND + r"\b(?:a|one)\s+fortnight\b", re.I), 2.0, "week"),
)
# A word every span in ``_SPANS`` holds.
_SPAN_WORD = re.compile(r"centur|decade|fortnight", re.IGNORECASE)
_BOUNDS = {"nearly": "~", "almost": "~", "about": "~", "around": "~", "some": "~",
           "roughly": "~", "more than": ">", "over": ">", "just over": ">", "at least": ">=",
           "less than": "<", "under": "<", "just under": "<"}


def in_years(f: Figure) -> Figure:
    """A span in decades or centuries, in years ("three decades" -> 30 years); other
    figures as they are. The words written stay the figure's text."""
    return span_in(f, _IN_YEARS, "year")


def span_figures(doc: Doc) -> list[Figure]:
    """The article's spans told in words ("after nearly a quarter-century of …")."""
    text = doc.article.text
    if not _SPAN_WORD.search(text):
        return []  # most articles: no scan of the patterns' optional bounds
    out = []
    for pattern, value, unit in _SPANS:
        for m in pattern.finditer(text):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            sentence = next((s.index for s in doc.analysis.sentences
                             if s.start <= start < s.end), None)
            if sentence is None:
                continue
            bound = _BOUNDS.get(fold(m.group("bound") or "").strip(), "=")
            out.append(Figure(text=text[start:m.end()], start=start, end=m.end(),
                              sentence=sentence, value=value, unit=unit, kind="duration",
                              bound=bound, about=None))
    return out


def with_spans(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """``figures`` in years where told in decades or centuries, and the article's spans
    told in words that no extracted figure already covers."""
    spans = [f for f in span_figures(doc)
             if not any(f.start < g.end and g.start < f.end for g in figures)]
    return [in_years(f) for f in figures] + spans


def as_written_span(f: Figure) -> str | None:
    """A span converted to years or read from words, as the outlet wrote it."""
    if f.kind == "duration" and f.unit in ("year", "week") and not re.search(
            r"\d|\byears?\b|\bweeks?\b", f.text):
        return f.text
    return None


# A span in decades or centuries is a round figure: "two decades" for 21 years, "three
# decades" for 32. Values this near it are the same span rounded (ECB+ audit, a training
# figure: "ruled for two decades" / "after 21 years in power" was false); 25 against 30
# years is not.
_ROUND_SPAN = re.compile(r"\bdecades?\b|\bcentur(?:y|ies)\b", re.IGNORECASE)
ROUND_SPAN_SLACK = 0.15


def one_rounding(a: Figure, b: Figure) -> bool:
    """Are two spans one span, one of them rounded to decades ("two decades" / "21 years")?"""
    if a.kind != "duration" or b.kind != "duration" or a.unit != b.unit:
        return False
    if not (_ROUND_SPAN.search(a.text) or _ROUND_SPAN.search(b.text)):
        return False
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return hi - lo <= ROUND_SPAN_SLACK * hi
