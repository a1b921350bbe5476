"""Which flight of a vehicle a story tells, as each outlet numbers it (issue 11, recall:
rocket test flights).

"Starship completed its 10th test flight on Tuesday" / "lifted off on Tuesday for Flight 9,
the ninth time the vehicle has flown": one flight, numbered two ways by two outlets. The
number is read from "the tenth flight", "its 10th test flight", "Flight 9", "flight No. 9"
or "IFT-9" (``ordinals`` compares ordinals only in alike sentences).

A report needs two independent outlets that each give exactly one flight number (an outlet
naming two tells this flight and an earlier one, and so does one naming the other's number
in passing: "after Flight 5 in October"), the two different by one or two (a booster's 20th
flight and the rocket's 300th count different things).

The vehicles flown are numbered too ("Booster 16", "designated B16", "Ship 37", Falcon 9
booster "B1067"), and so are rockets' models and missions ("Zhuque-3" / "Zhuque-2E",
"PSLV-C61" / "PSLV-C62"), and missions by their designations ("Flight VA266" / "Flight
VA267"): two outlets each
naming exactly one booster (or ship, or model of one rocket), not the same one, disagree on
which vehicle flew.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from .evidence import (
    Doc,
    future_year_sentences,
    one_each,
    outlet_pairs,
    past_year_sentences,
    two_outlets,
)
from .happening_lengths import EARLIER_FLIGHT
from .model import Discrepancy
from .text import wordset

_ORDINALS = {w: n for n, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth", "twentieth"], 1)}
_KIND = r"(?:(?:integrated|orbital|suborbital|uncrewed|crewed)\s+)?(?:test\s+)?"
_FLIGHT = re.compile(
    r"\b(?:(?P<n1>\d{1,3})(?:st|nd|rd|th)|(?P<w>" + "|".join(_ORDINALS) + r"))\s+" + _KIND
    + r"(?:flight|launch|mission)\b|\bFlight\s+(?:No\.?\s*)?(?P<n2>\d{1,3})\b|"
    r"\bIFT-(?P<n3>\d{1,3})\b", re.IGNORECASE)
# Numbers further apart count other things: a booster's 20th flight, the rocket's 300th.
_MAX_APART = 2
# "the first flight since …", "the first time": an earlier flight named in passing.
_SINCE_AFTER = re.compile(r"^\s*(?:since|after|before|in|of)\b", re.IGNORECASE)
# A flight to come: "when the fourth flight will fly", "the next, fourth flight", "a fifth
# flight is planned for June", "the date of flight 3, planned for early 2027".
_FUTURE_AFTER = re.compile(r"^[^.;]{0,25}?\b(?:will|would|could|is (?:due|set|scheduled|planned|"
                           r"expected|slated)|are (?:planned|scheduled)|(?:planned|scheduled|"
                           r"slated|due) (?:for|in)\b)", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(r"\b(?:next|upcoming|planned|scheduled|future|later|date of)\W+"
                            r"(?:\w+\W+)?$", re.IGNORECASE)


def _content_matches(doc: Doc, pattern: re.Pattern[str],
                     within: re.Pattern[str] | None = None
                     ) -> Iterator[tuple[int, re.Match[str]]]:
    """(sentence, match) of the pattern in the article's content sentences (those that
    also hold ``within``, when given)."""
    text = doc.article.text
    for index in doc.content:
        s = doc.sentence(index)
        if s is None or (within is not None and not within.search(text, s.start, s.end)):
            continue
        for m in pattern.finditer(text, s.start, s.end):
            yield index, m


def _one_each_differ(xs: list[tuple[str, int, str]], ys: list[tuple[str, int, str]]
                     ) -> tuple[tuple[str, int, str], tuple[str, int, str]] | None:
    """Each outlet's one value (with its sentence and text), when they differ."""
    pair = one_each(xs, ys)
    return pair if pair is not None and pair[0][0] != pair[1][0] else None


def _numbers(doc: Doc) -> list[tuple[int, int, str]]:
    """(number, sentence, text) of each flight number the article gives."""
    out = []
    text = doc.article.text
    per_sentence: dict[int, set[int]] = {}
    for index, m in _content_matches(doc, _FLIGHT):
        per_sentence.setdefault(index, set()).add(_value(m))
    dated_before = _dated_before(doc)
    for index, m in _content_matches(doc, _FLIGHT):
        if (_SINCE_AFTER.match(text[m.end():m.end() + 8]) or len(per_sentence[index]) > 1
                or index in dated_before or _FUTURE_AFTER.match(text[m.end():m.end() + 60])
                or _FUTURE_BEFORE.search(text[max(0, m.start() - 30):m.start()])):
            continue  # ("The first flight, in April, exploded …, and in July … the second
            # flight": a sentence of several flights tells the earlier ones; "The second
            # flight, on 16 July, did better", months before the report, an earlier one;
            # "when the fourth flight will fly", one to come)
        value = _value(m)
        if value == 1:
            continue  # "its first launch attempt from British soil": a first of a kind
        written = m.group(0)
        shown = (written if written.lower().startswith("flight")
                 else f"{written} (flight {value})")
        out.append((value, index, shown))
    return out


_EARLIER_DAYS = 7  # a flight dated this many days before the report is an earlier one


def _dated_before(doc: Doc) -> frozenset[int]:
    """Sentences dating something to a day well before the article's (or its story's) day."""
    ref = (doc.published_at.date().isoformat() if doc.published_at else doc.assumed_date)
    if not ref:
        return frozenset()
    day = dt.date.fromisoformat(ref[:10])
    return frozenset(t.sentence for t in doc.times
                     if t.type == "DATE" and t.value
                     and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
                     and (day - dt.date.fromisoformat(t.value)).days > _EARLIER_DAYS)


def _value(m: re.Match[str]) -> int:
    number = m.group("n1") or m.group("n2") or m.group("n3")
    return int(number) if number else _ORDINALS[m.group("w").lower()]


def _named(doc: Doc) -> set[int]:
    """Every flight number the article names, earlier flights in passing included."""
    return {_value(m) for _, m in _content_matches(doc, _FLIGHT)}


# A vehicle's serial: (part, pattern with the number in group 1).
# ("the first stage, known as B4", "the B3 first stage")
_SERIALS = (("booster", re.compile(r"\bBooster\s+(?:No\.?\s*)?(\d{1,4})\b|"
                                    r"\b(?:designated|[Bb]ooster|stage,?\s+(?:known\s+as|called))"
                                    r"\s+B-?(\d{1,4})\b|\bB(1\d{3})\b|"
                                    r"\b(?:the|its)\s+B-?(\d{1,3})\s+(?:first[\s-]stage|booster)\b")),
            ("ship", re.compile(r"\bShip\s+(\d{1,3})\b")),
            # a mission's designation ("Flight VA267", "The mission, designated VA266")
            ("mission", re.compile(r"\b(?:[Ff]light|[Mm]ission|designated)\s+([A-Z]{1,3}\d{2,4}"
                                   r"[A-Z]?)\b")))


def _earlier(doc: Doc) -> frozenset[int]:
    """Sentences of another flight than this one: dated to an earlier year, or telling one
    ("The second flight, in October, …"), or dated to a later year ("Illapa-3, a larger
    vehicle, is pencilled in for 2027")."""
    return past_year_sentences(doc) | future_year_sentences(doc) | frozenset(
        s for s in doc.content if EARLIER_FLIGHT.search(doc.sentence_text(s)))


def _serials(doc: Doc, pattern: re.Pattern[str], past: frozenset[int]
             ) -> list[tuple[str, int, str]]:
    """(serial, sentence, text) of each serial of one part the article gives (not in a
    sentence of an earlier flight: "The second flight, in October 2025, …, its booster,
    HB-02, broke apart": ``past``, read once by ``_earlier``)."""
    return [(next(g for g in m.groups() if g), index, m.group(0))
            for index, m in _content_matches(doc, pattern) if index not in past]


# A rocket's model: a name and its number ("Zhuque-3", "Zhuque-2E", "Long March 7", "Falcon
# 9", "PSLV-C61"), read in sentences of a launch; not a month's day ("March 3") nor the
# parts above.
# ("PSLV-C61", "GSLV-F16": an agency's mission designation, letters and a number)
_MODEL = re.compile(r"\b(?P<base>[A-Z][a-z]{2,}|[A-Z]{2,6})[- ](?P<n>\d{1,2}[A-Z]?|[A-Z]\d{1,3})\b")
_NOT_MODELS = wordset(
    "flight booster ship complex pad launch starlink section article phase stage group block "
    "mission covid route highway terminal gate runway district january february march april "
    "may june july august september october november december the a an its")
_ROCKET_WORDS = re.compile(r"\b(?:rocket|launch\w*|lift(?:ed|s)? off|liftoff|orbit\w*|"
                           r"booster|payload|spacecraft|mission|satellites?|vehicle|"
                           r"spaceflight|(?:test|first|upper|second)\s+stage)\b", re.IGNORECASE)


def _models(doc: Doc, past: frozenset[int]) -> dict[str, list[tuple[str, int, str]]]:
    """Base name -> (number, sentence, text) of each rocket model the article names (not
    in ``past``, the sentences of an earlier flight)."""
    out: dict[str, list[tuple[str, int, str]]] = {}
    for index, m in _content_matches(doc, _MODEL, _ROCKET_WORDS):
        if m.group("base").lower() not in _NOT_MODELS and index not in past:
            out.setdefault(m.group("base"), []).append((m.group("n"), index, m.group(0)))
    return out


def model_conflicts(docs: list[Doc], earlier: dict[int, frozenset[int]]
                    ) -> list[Discrepancy]:
    """Two outlets naming one rocket by different models ("Zhuque-3" / "Zhuque-2E"): each
    gives exactly one number for the name, not the same."""
    told = {d.order: _models(d, earlier[d.order]) for d in docs if d.independent}
    for da, db in outlet_pairs(docs):
        ma, mb = told.get(da.order, {}), told.get(db.order, {})
        for base in sorted(ma.keys() & mb.keys()):
            pair = _one_each_differ(ma[base], mb[base])
            if pair is not None and not (pair[0][0].startswith(pair[1][0])
                                         or pair[1][0].startswith(pair[0][0])):
                # (a version told more precisely is the same rocket: "Ariane 6" /
                # "Ariane 62", "Zhuque-2" / "Zhuque-2E")
                a, b = pair
                return [two_outlets("name", "which rocket flew", (da, a[1], a[2]),
                                    (db, b[1], b[2]),
                                    f"Outlets name different models: {a[2]} vs {b[2]}.")]
    return []


def vehicle_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets naming different vehicles (boosters, ships) flown; see the module."""
    earlier = {d.order: _earlier(d) for d in docs if d.independent}  # read once an article
    out = model_conflicts(docs, earlier)
    for part, pattern in _SERIALS:
        told = {d.order: _serials(d, pattern, earlier[d.order])
                for d in docs if d.independent}
        for da, db in outlet_pairs(docs):
            pair = _one_each_differ(told.get(da.order, []), told.get(db.order, []))
            if pair is None:
                continue
            a, b = pair
            out.append(two_outlets("name", f"which {part} flew", (da, a[1], a[2]),
                                   (db, b[1], b[2]),
                                   f"Outlets name different vehicles: {a[2]} vs {b[2]}."))
            break
    return out


def flight_number_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets numbering the story's flight (or round of talks) differently; see the
    module's rules."""
    return _flight_numbers(docs) + vehicle_conflicts(docs) + _round_numbers(docs)


# "the fourth round of trade talks" / "the fifth round of negotiations": which round.
_ROUND = re.compile(r"\b(?P<w>" + "|".join(_ORDINALS) + r")\s+round\s+of\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:talks|negotiations|discussions|consultations)\b", re.IGNORECASE)


def _round_numbers(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets each numbering one round of talks, differently (an article naming two
    rounds tells this one and an earlier one)."""
    told = {d.order: [(str(_ORDINALS[m.group("w").lower()]), i, m.group(0))
                      for i, m in _content_matches(d, _ROUND)]
            for d in docs if d.independent}
    for da, db in outlet_pairs(docs):
        pair = _one_each_differ(told.get(da.order, []), told.get(db.order, []))
        if pair is None:
            continue
        (_, ia, ta), (_, ib, tb) = pair
        return [two_outlets("figure", "which round of talks it was", (da, ia, ta), (db, ib, tb),
                            f"Outlets number the round of talks differently: {ta} vs {tb}.")]
    return []


def _flight_numbers(docs: list[Doc]) -> list[Discrepancy]:
    told = {d.order: _numbers(d) for d in docs if d.independent}
    named = {d.order: _named(d) for d in docs if d.independent}
    for da, db in outlet_pairs(docs):
        pair = one_each(told.get(da.order, []), told.get(db.order, []))
        if pair is None or not 0 < abs(pair[0][0] - pair[1][0]) <= _MAX_APART:
            continue
        a, b = pair
        if a[0] in named[db.order] or b[0] in named[da.order]:
            continue  # an article naming both flights tells two ("…, after Flight 5 in
            # October")
        return [two_outlets("figure", "which flight it was", (da, a[1], a[2]), (db, b[1], b[2]),
                            f"Outlets number the flight differently: {a[2]} vs {b[2]}.")]
    return []
