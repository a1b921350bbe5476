"""What a tariff applies to, as each outlet names it (issue 11, recall: trade).

"China will slap an additional 10% tariff on U.S. soybeans from March 10" / "an extra 10
percent duty on American sorghum starting March 10": one measure, one rate, two goods. The
goods are the words after "tariff on" (past the country's adjective: "U.S.", "American",
"Chinese"), up to a preposition or punctuation; what ties the two sentences is the rate and
the measure's word, not the rest of the wording.

A report needs two independent outlets that each name exactly one kind of goods for a
tariff of one rate, different goods, and neither article naming the other's goods anywhere
(an article naming both may tell two measures: 10% on soybeans, 15% on chicken).

The other way round, one good's rate (``good_rate_conflicts``): "A 15 per cent levy will
apply to US chicken, wheat, corn and cotton. Soybeans, sorghum, pork … will face an extra 10
per cent" / "Beijing will add a 15 percent tariff on U.S. soybeans … along with chicken,
wheat, corn and cotton". A sentence of a tariff gives each good it lists the rate it is
listed with (the rate before an "on"/"to" list, or after "will face"; a sentence of two
rates is read rate by rate). A report needs two independent outlets each giving one good
exactly one rate, different rates, and neither article giving the good the other's rate.
"""

from __future__ import annotations

import re

from .evidence import Doc, outlet_pairs, two_outlets
from .model import Discrepancy
from .text import STOP_WORDS, fold, stem

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
                        "mexico", "countries", "trading", "partners", "everything",
                        "tariff", "tariffs", "duty", "duties", "levy", "levies"})


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


_RATE_AT = re.compile(r"\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)(?!\s*points?)")
_TARIFF_WORD = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|extra|additional)\b", re.I)
# A list of goods: lower-case words of one or two, joined by commas and "and" (a second word
# is no joining word nor the start of what follows: "soybeans and pork starting Tuesday").
_ITEM = (r"[a-z][a-z-]+(?:\s+(?!(?:and|or|from|starting|beginning|as|to|at|by|for|that|which|"
         r"will|would|after|before|until|in|on|with|while)\b)[a-z][a-z-]+)?")
_LIST = re.compile(r"(?:(?:U\.S\.|US|American|Chinese|Canadian|EU|European)\s+)?(" + _ITEM
                   + r"(?:\s*,\s*(?:and\s+)?" + _ITEM + r"|\s+and\s+" + _ITEM + r")*)")
_ON = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:on|to)\s+")
# ... or a few words on ("a 15 per cent levy will apply to …")
_ON_AFTER = re.compile(r"[^.;]{0,40}?\b(?:on|to)\s+")
_ALONG = re.compile(r"[^.;]{0,60}?\balong with\s+")
# Goods listed before the rate they will face ("Soybeans, sorghum and pork will face an
# extra 10 per cent").
_FACE = re.compile(r"^(?P<list>[A-Z]?[a-z][^.;:]{2,200}?)\s+(?:will\s+|would\s+)?(?:face|get|be "
                   r"hit with|carry|attract)\s+(?:an?\s+)?(?:extra|additional|further)?\s*$")
# What joins a second rate's goods to the first's ("… levy, while soybeans and pork would
# face 15 per cent"): the goods are what comes after it.
_JOINING = re.compile(r"[,;]\s*(?:(?:while|whereas|and|but)\s+)?")


def _items(listed: str) -> dict[str, str]:
    """The goods of a list, by their last word stemmed, as written ("soybeans")."""
    out: dict[str, str] = {}
    for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", fold(listed)):
        words = item.split()
        if words and not any(w in _NOT_GOODS or w in STOP_WORDS for w in words):
            out.setdefault(stem(words[-1]), words[-1])
    return out


def _good_rates(doc: Doc) -> dict[str, dict[float, tuple[int, str]]]:
    """Good (its last word, stemmed) -> rate -> (a sentence giving the good that rate, the
    good as written)."""
    out: dict[str, dict[float, tuple[int, str]]] = {}
    for index in doc.content:
        text = doc.sentence_text(index)
        rates = list(_RATE_AT.finditer(text))
        if not rates or not _TARIFF_WORD.search(text):
            continue
        for n, m in enumerate(rates):
            end = rates[n + 1].start() if n + 1 < len(rates) else len(text)
            rate = float(m.group(1))
            goods: dict[str, str] = {}
            on = _ON.match(text, m.end()) or _ON_AFTER.match(text, m.end())
            if on is not None and on.end() < end:
                listed = _LIST.match(text, on.end())
                if listed is not None:
                    goods |= _items(listed.group(1))
                    # ("… on U.S. soybeans, Iowa's second-biggest crop, along with chicken")
                    along = _ALONG.match(text, listed.end())
                    if along is not None and along.end() < end:
                        more = _LIST.match(text, along.end())
                        goods |= _items(more.group(1)) if more else {}
            lead = text[:m.start()] if n == 0 else text[rates[n - 1].end():m.start()]
            face = _FACE.search(_JOINING.split(lead)[-1].lstrip() if n else lead)
            if face is not None:
                goods |= _items(face.group("list"))
            for good, written in goods.items():
                out.setdefault(good, {}).setdefault(rate, (index, written))
    return out


def good_rate_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets giving one good different tariff rates; see the module's rules."""
    told = {d.order: _good_rates(d) for d in docs if d.independent}
    for da, db in outlet_pairs(docs):
        ga, gb = told.get(da.order, {}), told.get(db.order, {})
        for good in sorted(ga.keys() & gb.keys()):
            if len(ga[good]) != 1 or len(gb[good]) != 1:
                continue
            (ra, (sa, name)), (rb, (sb, _)) = (next(iter(ga[good].items())),
                                               next(iter(gb[good].items())))
            if ra == rb:
                continue
            about = f"the tariff rate on {name}"
            return [two_outlets("figure", about, (da, sa, f"{ra:g}% on {name}"),
                                (db, sb, f"{rb:g}% on {name}"),
                                f"Outlets give {name} different tariff rates: {ra:g}% vs "
                                f"{rb:g}%.")]
    return []


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
