"""A rate's step told as a fraction of a point (issue 11, recall: central-bank decisions).

The figure extractor reads "25 basis points" and "0.5 percentage point" as changes in
percentage points, but not "half a percentage point", "a quarter-point hike", "a
half-point cut" or "three quarters of a point", the way outlets usually tell a central
bank's step. Here each such phrase with a rate named just before or after it becomes a
figure of unit ``pp`` (kind ``percent``), so that "raised rates by 25 basis points" meets
"cut rates by a quarter point" (the same) and "by half a point" (a conflict). Phrases
with no rate near are left alone: "half a point" of a game, a poll or inflation is no step
of a rate.
"""

from __future__ import annotations

import re
from collections import defaultdict

from storyline.records import Figure

from .evidence import Doc

_FRACTION = {"half": 0.5, "quarter": 0.25, "three quarter": 0.75, "three quarters": 0.75,
             "1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75}
_STEP = re.compile(
    r"(?<![\w/])(?:(?:a|one)[\s-]+)?"
    r"(?P<frac>half|quarter|three[\s-]quarters?|[13]/[24]|[½¼¾])(?:\s+of)?"
    r"(?:\s+an?|\s+one)?[\s-]+(?:percentage[\s-]+)?points?\b", re.IGNORECASE)
# "borrowing costs": how news names the rates a central bank sets ("cut borrowing costs by
# half a percentage point")
_RATE = re.compile(r"\b(?:rates?|borrowing\s+costs?)\b", re.IGNORECASE)
_BEFORE_CHARS, _AFTER_CHARS = 60, 25  # how near the step the rate is named


def rate_step_figures(doc: Doc) -> list[Figure]:
    """Fractions of a point in the article's sentences that name a rate, as figures."""
    text = doc.article.text
    out = []
    for s in doc.analysis.sentences:
        if not _RATE.search(text, s.start, s.end):
            continue
        for m in _STEP.finditer(text, s.start, s.end):
            # the rate moved: named just before ("raised its key rate by half a point") or
            # right after ("a quarter-point cut in rates"), not a clause away ("Inflation
            # rose by half a point, prompting Thursday's rate increase")
            if not (_RATE.search(text, max(s.start, m.start() - _BEFORE_CHARS), m.start())
                    or _RATE.search(text, m.end(), min(s.end, m.end() + _AFTER_CHARS))):
                continue
            frac = re.sub(r"[\s-]+", " ", m.group("frac").lower())
            out.append(Figure(text=m.group(0), start=m.start(), end=m.end(), sentence=s.index,
                              value=_FRACTION[frac], unit="pp", kind="percent", bound="=",
                              about="rate"))
    return out


def with_rate_steps(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """``figures`` and the article's rate steps told as fractions. An extracted figure over
    the same words is kept instead, unless it lies inside the step and begins later: the
    denominator of "1/2 percentage point" read alone as "2 percentage point"."""
    steps = rate_step_figures(doc)
    lost = [g for g in figures
            if any(f.start < g.start and g.end <= f.end for f in steps)]
    figures = [g for g in figures if g not in lost]
    steps = [f for f in steps if not any(f.start < g.end and g.start < f.end for g in figures)]
    return figures + steps


def is_step(f: Figure) -> bool:
    """Is ``f`` a step read here (its fraction, "1/2", is no garbled number)?"""
    return f.unit == "pp" and _STEP.fullmatch(f.text) is not None


def _rate_change(f: Figure) -> bool:
    return f.kind == "percent" and f.unit == "pp" and "rate" in (f.about or "").lower().split()


def two_setters(a: Figure, a_names: frozenset[str], b: Figure, b_names: frozenset[str]) -> bool:
    """Two changes of a rate in sentences naming organisations, none alike ("The Federal
    Reserve cut … by a quarter point" / "The Bank of England cut … by half a point"): two
    banks' steps (names alike: ``_alike``)."""
    # (only names of rate setters: "Australia's central bank" / "the Reserve Bank" names a
    # country on one side, the bank on the other)
    a_names = frozenset(n for n in a_names if _SETTER.search(n))
    b_names = frozenset(n for n in b_names if _SETTER.search(n))
    if not (_rate_change(a) and _rate_change(b) and a_names and b_names):
        return False
    return not any(_alike(x, y) for x in a_names for y in b_names)


def _alike(x: str, y: str) -> bool:
    """One setter's two names: alike by their first three letters ("Fed" / "Federal Open
    Market Committee"), or one the other's initials ("RBA" / "Reserve Bank")."""
    if x[:3] == y[:3]:
        return True
    def initials(n: str) -> str:
        return "".join(w[0] for w in n.split() if w not in ("of", "the"))
    return any(" " not in u and len(initials(v)) >= 2 and u.startswith(initials(v))
               for u, v in ((x, y), (y, x)))


# Words of a rate setter's name.
_SETTER = re.compile(r"\b(?:bank|reserve|fed|federal|committee|board|council|ecb|boj|boe|rba|"
                     r"rbi|rbnz|snb|riksbank|norges|fomc|mpc|copom|banxico)\b", re.IGNORECASE)


def lone_steps(items: list[tuple[int, Figure, bool]]) -> set[int]:
    """A rate's step ("raised its key rate by 25 basis points", "by half a point"): of
    ``items`` (article order, figure, independent article), the changes in percentage points
    said of a rate in independent articles that each give one such value only. One decision
    has one step, however unlike the sentences that tell it; an article giving two (this
    step and the last) tells several and none of its steps is taken."""
    per_doc: dict[int, set[float]] = defaultdict(set)
    picked = [n for n, (_, f, independent) in enumerate(items)
              if _rate_change(f) and f.value_max is None and independent]
    for n in picked:
        per_doc[items[n][0]].add(items[n][1].value)
    return {n for n in picked if len(per_doc[items[n][0]]) == 1}
