"""Two measures against two countries are two numbers (issue 11, precision: trade rounds).

Coverage of a trade round gives each side's tariff in alike sentences ("The United States
raised tariffs on Chinese goods to 145%" / "China raised its tariffs on American goods to
125%"): the same words, two measures. What tells them apart is whom each is aimed at — the
country or people named right after "on", "from" or "against" ("on Chinese goods", "on
imports from China", "against Canada"). Two figures whose sentences each name such a target
and none in common (compared by their first four letters: "China" / "Chinese") are of two
measures and never conflict. A sentence naming no target says nothing either way. Two
names of one country ("the U.S.", "American") are one target (``storyline.jurisdictions``).
"""

from __future__ import annotations

import re

from storyline.jurisdictions import normalise
from storyline.records import Figure

from .evidence import Doc
from .text import fold

_TARGET_LABELS = frozenset({"GPE", "NORP"})
_BEFORE = re.compile(r"\b(?:on|from|against)\s+(?:(?:imports?|goods|products|exports?)\s+"
                     r"(?:from|of)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _key(name: str) -> str:
    """The country a target names, else the name's first four letters."""
    return normalise(name) or fold(name).removeprefix("the ")[:4]


def targets(doc: Doc, sentence: int) -> frozenset[str]:
    """The country (or first four letters) of each country or people a sentence aims
    something at."""
    text = doc.article.text
    return frozenset(_key(e.text) for e in doc.analysis.entities
                     if e.sentence == sentence and e.label in _TARGET_LABELS
                     and _BEFORE.search(text[max(0, e.start - 30):e.start]))


def other_targets(a_doc: Doc, a: Figure, b_doc: Doc, b: Figure) -> bool:
    """Are two percentages or sums aimed at two different countries ("tariffs on Chinese
    goods" / "tariffs on American goods")?"""
    if a.kind not in ("percent", "money") or b.kind != a.kind:
        return False
    ta, tb = targets(a_doc, a.sentence), targets(b_doc, b.sentence)
    return bool(ta and tb and not ta & tb)
