"""What a figure counts, however its unit is named: "1,200 residents" and "1,400 people",
"71 aircraft" and "68 warplanes", "meters" and "metres" (issue 11, figures). Two figures
are compared only when their units fall in one class (``unit_class``); a quake's depth is a
class of its own.
"""

from __future__ import annotations

from .magnitudes import DEPTH, is_depth
from .text import fold, stem, wordset

# Count nouns that measure the same kind of thing ("1,200 residents", "1,400 people").
_UNIT_CLASS = {w: "people" for w in wordset(
    "people person persons resident residents individual individuals inhabitant inhabitants "
    "citizen citizens villager villagers civilian civilians")}
_UNIT_CLASS.update({w: "ship" for w in wordset("ship ships vessel vessels boat boats warship "
                                                 "warships")})
# Dwellings, however named ("1,200 homes" / "2,000 houses destroyed").
_UNIT_CLASS.update({w: "home" for w in wordset("home homes house houses dwelling dwellings")})
# Aircraft, however named ("71 aircraft" / "68 warplanes"); a kind of them ("fighter jets",
# "drones", "helicopters") is a part of the whole, counted apart.
_UNIT_CLASS.update({w: "aircraft" for w in wordset("aircraft plane planes airplane airplanes "
                                                   "aeroplane aeroplanes warplane warplanes")})
_UNIT_CLASS.update({w: "shot" for w in wordset("shot shots bullet bullets round rounds")})
# One unit of length or weight, however spelt ("meters", "metres", "m").
MEASURE_CLASS = {w: "metre" for w in wordset("m metre metres meter meters")}
MEASURE_CLASS.update({w: "kilometre" for w in wordset("km kilometre kilometres kilometer "
                                                       "kilometers")})
MEASURE_CLASS.update({w: "foot" for w in wordset("ft foot feet")})
MEASURE_CLASS.update({w: "kilogram" for w in wordset("kg kilogram kilograms kilo kilos")})
MEASURE_CLASS.update({w: "pound" for w in wordset("lb lbs pound pounds")})
# A tonne, however written ("12 million metric tons" / "8 million tonnes").
MEASURE_CLASS.update({w: "tonne" for w in wordset("tonne tonnes ton tons")})
_UNIT_CLASS.update(MEASURE_CLASS)
# Unit classes of length (miles have no class of their own: their stem is "miles").
LENGTHS = frozenset({"metre", "kilometre", "foot", "mile", "miles"})


def unit_class(unit: str) -> str:
    """The class of things a unit counts ("warplanes" -> "aircraft"), else its stem."""
    u = fold(unit)
    if is_depth(u):  # a quake's depth: its own quantity, in one unit of length however spelt
        base = u.removesuffix(DEPTH)
        return "depth " + _UNIT_CLASS.get(base, stem(base))
    return _UNIT_CLASS.get(u, stem(u))
