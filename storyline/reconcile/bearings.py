"""Bearings: one spot located from a named place in two directions by two outlets.

"about 150 nautical miles east of Aden" / "150 nautical miles west of Aden"; "struck 20 km
north-east of the town of Zarand" / "20 km south-west of Zarand": a length from one named
place given bearings a right angle or more apart (``ReconcileOptions.bearing_apart``) is a
``place`` discrepancy, when the two lengths are alike once both are in kilometres (within
``bearing_length_ratio``: one spot, not two places on either side of the town) and neither
sentence locates the length from another place the other article never names. An outlet
giving the place two bearings tells of two spots and is left out; so are sentences telling
of an earlier time (``evidence.past_year_sentences``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .evidence import Doc, dedupe_citations, past_year_sentences
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .same_happening import places_unshared
from .text import fold, spell_numbers

# Kilometres per unit.
_KM = {"km": 1.0, "kilometre": 1.0, "kilometer": 1.0, "mile": 1.609, "nautical mile": 1.852,
       "nm": 1.852, "metre": 0.001, "meter": 0.001, "m": 0.001}
_DIRECTION = r"(?:north|south)(?:[\s-]?(?:east|west))?|east|west"
_BEARING = re.compile(
    r"\b(?P<num>\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*-?\s*"
    r"(?P<unit>km|kilomet(?:re|er)s?|nautical\s+miles?|nm|miles?|met(?:re|er)s?|m)\b"
    r"(?:\s*\([^)]{0,30}\))?\s+(?:\w+\s+)?"  # "(277 km)", "due"
    r"(?P<dir>" + _DIRECTION + r")\s+of\s+(?:the\s+(?:\w+\s+of\s+)?)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})", re.IGNORECASE)
_ANGLE = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180,
          "southwest": 225, "west": 270, "northwest": 315}


@dataclass(frozen=True)
class _Bearing:
    doc: Doc
    sentence: int
    place: str
    angle: int
    km: float
    text: str


def _angle(direction: str) -> int:
    return _ANGLE[re.sub(r"[\s-]", "", fold(direction))]


def _km(number: str, unit: str) -> float | None:
    try:  # ("twenty" as 20)
        value = float(spell_numbers(fold(number)).replace(",", ""))
    except ValueError:
        return None
    key = re.sub(r"\s+", " ", fold(unit)).rstrip("s")
    key = {"kilometre": "km", "kilometer": "km", "nautical mile": "nautical mile"}.get(key, key)
    return value * _KM[key] if key in _KM else None


def bearings(doc: Doc) -> list[_Bearing]:
    """Each length from a named place with its bearing, in the article's own sentences."""
    past = past_year_sentences(doc)
    out = []
    for i in doc.content:
        if i in past:
            continue
        for m in _BEARING.finditer(doc.sentence_text(i)):
            if not m["place"][0].isupper():
                continue  # "east of the border": no named place
            km = _km(m["num"], m["unit"])
            if km is None or km <= 0:
                continue
            out.append(_Bearing(doc, i, fold(m["place"]), _angle(m["dir"]), km, m.group(0)))
    return out


def _apart(a: int, b: int) -> int:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def bearing_conflicts(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS
                      ) -> list[Discrepancy]:
    by_place: dict[str, dict[str, list[_Bearing]]] = defaultdict(lambda: defaultdict(list))
    for d in docs:
        if d.independent:
            for b in bearings(d):
                by_place[b.place][d.outlet].append(b)
    out = []
    for place, by_outlet in by_place.items():
        told = {o: bs[0] for o, bs in by_outlet.items() if len({b.angle for b in bs}) == 1}
        pairs = [(a, b) for a in told.values() for b in told.values()
                 if a.doc.outlet < b.doc.outlet
                 and _apart(a.angle, b.angle) >= options.bearing_apart
                 and max(a.km, b.km) / min(a.km, b.km) <= options.bearing_length_ratio
                 and not places_unshared(a.doc, a.sentence, b.doc, a.place)
                 and not places_unshared(b.doc, b.sentence, a.doc, b.place)]
        if not pairs:
            continue
        a, b = pairs[0]
        sides = [x for x in told.values() if _apart(x.angle, a.angle) < options.bearing_apart]
        others = [x for x in told.values() if _apart(x.angle, b.angle) < options.bearing_apart]
        values = [DiscrepancyValue(side[0].text, dedupe_citations(x.doc.cite(x.sentence)
                                                                  for x in side))
                  for side in sorted((sides, others), key=len, reverse=True)]
        shown = " vs ".join(v.value for v in values)
        out.append(Discrepancy(
            kind="place", about=f"where it lies from {place.title()}", values=values,
            note=f"The outlets give different directions from {place.title()}: {shown}.",
        ))
    return out

