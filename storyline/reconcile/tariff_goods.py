"""What a tariff applies to, as each outlet names it (issue 11, recall: trade).

"China will slap an additional 10% tariff on U.S. soybeans from March 10" / "an extra 10
percent duty on American sorghum starting March 10": one measure, one rate, two goods. The
goods are the words after "tariff on" (past the country's adjective: "U.S.", "American",
"Chinese"), up to a preposition or punctuation; what ties the two sentences is the rate and
the measure's word, not the rest of the wording.

A report needs two independent outlets that each name exactly one kind of goods for a
tariff of one rate, different goods, and neither article naming the other's goods anywhere
(an article naming both may tell two measures: 10% on soybeans, 15% on chicken).
"""

from __future__ import annotations

import re

from .evidence import Doc, outlet_pairs, two_outlets
from .model import Discrepancy
from .text import fold, stem

_RATE = r"(?P<rate>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)"
_MEASURE = r"(?:tariffs?|dut(?:y|ies)|levy|levies)"
_ORIGIN = (r"(?:(?:U\.S\.|US|American|Chinese|Canadian|Mexican|European|EU|Japanese|Indian|"
           r"imported|foreign|all|most)[\s-]+(?:made\s+|built\s+|grown\s+)?)*")
_GOODS = r"(?P<goods>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)"
_STOP = r"(?=\s+(?:from|starting|beginning|in|as|to|at|by|for|that|which|will|would|after|" \
        r"before|until|and|or)\b|\s*[,.;:()]|$)"
_PATTERNS = (
    # "an additional 10% tariff on U.S. soybeans"
    re.compile(_RATE + r"\s+(?:[a-z]+\s+){0,2}" + _MEASURE + r"\s+on\s+" + _ORIGIN + _GOODS
               + _STOP),
    # "a tariff of 10% on American sorghum"
    re.compile(_MEASURE + r"\s+of\s+" + _RATE + r"\s+on\s+" + _ORIGIN + _GOODS + _STOP),
)
# Words after "on" that name no goods: the partner, the whole of its exports.
_NOT_GOODS = frozenset({"goods", "products", "imports", "exports", "items", "the", "a",
                        "its", "their", "top", "them", "it", "china", "america", "canada",
                        "mexico", "countries", "trading", "partners", "everything"})


def _goods(doc: Doc) -> dict[float, list[tuple[str, int, str]]]:
    """Rate -> (goods' last word, sentence, goods as written) for each tariff the article
    names with its goods."""
    out: dict[float, list[tuple[str, int, str]]] = {}
    for index in doc.content:
        text = doc.sentence_text(index)
        for pattern in _PATTERNS:
            for m in pattern.finditer(text):
                goods = m.group("goods")
                last = fold(goods.split()[-1])
                if last in _NOT_GOODS or any(fold(w) in _NOT_GOODS for w in goods.split()):
                    continue
                out.setdefault(float(m.group("rate")), []).append((last, index, goods))
    return out


def tariff_goods_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets naming different goods for one tariff; see the module's rules."""
    told = {d.order: _goods(d) for d in docs if d.independent}
    for da, db in outlet_pairs(docs):
        ga, gb = told.get(da.order, {}), told.get(db.order, {})
        for rate in sorted(ga.keys() & gb.keys()):
            xs, ys = ga[rate], gb[rate]
            if len({stem(x[0]) for x in xs}) != 1 or len({stem(y[0]) for y in ys}) != 1:
                continue
            a, b = xs[0], ys[0]
            if stem(a[0]) == stem(b[0]):
                continue
            if stem(b[0]) in da.folded_text or stem(a[0]) in db.folded_text:
                continue  # each names the other's goods: two measures
            about = f"what the {rate:g}% tariff applies to"
            return [two_outlets("detail", about, (da, a[1], a[2]), (db, b[1], b[2]),
                                f"Outlets name different goods for one tariff: {a[2]} vs "
                                f"{b[2]}.")]
    return []
