"""The UTC offsets of the time zones outlets write after clock times (issue 11, recall:
"clock times in different zones").

"6:30 p.m. Central time" and "8:30 p.m. Eastern time" are an hour apart in absolute time,
however alike they look; "9:59 p.m. local time" in the Philippines is 13:59 GMT, so "14:59
GMT" is an hour off. Each zone named after a time ("GMT", "CT", "Hong Kong time") has a
standard offset and a daylight-saving rule; "local time" takes the zone of the places the
article names, when all the places this table knows agree on one. Two zones of one
daylight-saving rule shift together, so their difference is fixed ("Eastern" is always an
hour after "Central"); zones of different rules may be an hour more or less apart, and a
time compared across them gets that hour of doubt. Places this table does not know are
looked up in the GeoNames table (``storyline.gazetteer``) when the text says things are at
them ("shook Chiang Rai", "in Pasay"), their zones read from the tz database on the day.
Unknown zones and places resolve to None: the caller then treats the times as before (whole
hours apart, one moment).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from storyline import gazetteer

from .datelines import dateline
from .evidence import Doc
from .text import fold

# A zone: (standard offset in minutes east of UTC, daylight-saving rule or "").
Zone = tuple[int, str]

_US, _EU, _AU, _NZ = "us", "eu", "au", "nz"
_NAMED: dict[str, Zone] = {
    "gmt": (0, ""), "utc": (0, ""), "universal time": (0, ""), "greenwich mean time": (0, ""),
    "bst": (60, ""), "british summer time": (60, ""), "uk time": (0, _EU),
    "cet": (60, ""), "cest": (120, ""), "central european time": (60, _EU),
    "et": (-300, _US), "eastern time": (-300, _US), "est": (-300, ""), "edt": (-240, ""),
    "ct": (-360, _US), "central time": (-360, _US), "cst": (-360, ""), "cdt": (-300, ""),
    "mt": (-420, _US), "mountain time": (-420, _US), "mst": (-420, ""), "mdt": (-360, ""),
    "pt": (-480, _US), "pacific time": (-480, _US), "pst": (-480, ""), "pdt": (-420, ""),
    "hong kong time": (480, ""), "beijing time": (480, ""), "china time": (480, ""),
    "taipei time": (480, ""), "manila time": (480, ""), "singapore time": (480, ""),
    "tokyo time": (540, ""), "japan time": (540, ""), "jst": (540, ""),
    "seoul time": (540, ""), "kst": (540, ""), "moscow time": (180, ""), "msk": (180, ""),
    "india time": (330, ""), "indian standard time": (330, ""), "aest": (600, ""),
    "aedt": (660, ""),
    # more zones outlets write as letters; "IST" is India's in the news (Irish and Israeli
    # summer times are rarely written so)
    # a country's adjective before "time" ("4.40pm Thai time")
    "thai time": (420, ""), "burmese time": (390, ""), "vietnamese time": (420, ""),
    "philippine time": (480, ""), "korean time": (540, ""), "japanese time": (540, ""),
    "chinese time": (480, ""), "indian time": (330, ""), "pakistani time": (300, ""),
    "nepali time": (345, ""), "turkish time": (180, ""), "iranian time": (210, ""),
    "israeli time": (120, "Asia/Jerusalem"), "mexican time": (-360, ""),
    "ist": (330, ""), "npt": (345, ""), "pkt": (300, ""), "sgt": (480, ""), "hkt": (480, ""),
    "pht": (480, ""), "awst": (480, ""), "acst": (570, ""), "nzst": (720, ""),
    "nzdt": (780, ""), "wib": (420, ""), "ict": (420, ""), "sast": (120, ""), "eat": (180, ""),
    "wat": (60, ""), "cat": (120, ""), "eet": (120, ""), "eest": (180, ""), "wet": (0, ""),
    "west": (60, ""), "trt": (180, ""), "irst": (210, ""),
}
# Places whose zone is one (a country of one zone, a city, a launch site), folded.
_PLACES: dict[str, Zone] = {
    **dict.fromkeys(("philippines", "manila", "cebu", "china", "beijing", "shanghai",
                     "hong kong", "taiwan", "taipei", "hualien", "singapore", "malaysia",
                     "kuala lumpur", "jiuquan", "wenchang", "xichang", "taiyuan"), (480, "")),
    **dict.fromkeys(("japan", "tokyo", "osaka", "tanegashima", "south korea", "seoul",
                     "north korea", "pyongyang", "goheung", "naro space center", "busan"),
                    (540, "")),
    **dict.fromkeys(("india", "new delhi", "delhi", "mumbai", "sriharikota", "sri lanka",
                     "colombo"), (330, "")),
    **dict.fromkeys(("nepal", "kathmandu", "pokhara"), (345, "")),
    **dict.fromkeys(("pakistan", "islamabad", "karachi", "lahore"), (300, "")),
    **dict.fromkeys(("bangladesh", "dhaka"), (360, "")),
    # southern summers: October (New Zealand: late September) to early April
    **dict.fromkeys(("new zealand", "mahia", "auckland", "wellington", "christchurch"),
                    (720, _NZ)),
    **dict.fromkeys(("sydney", "melbourne", "canberra", "hobart"), (600, _AU)),
    "brisbane": (600, ""),  # (Queensland keeps standard time)
    "nepal": (345, ""), "kathmandu": (345, ""), "pakistan": (300, ""), "islamabad": (300, ""),
    "afghanistan": (270, ""), "kabul": (270, ""), "iran": (210, ""), "tehran": (210, ""),
    **dict.fromkeys(("turkey", "türkiye", "istanbul", "ankara"), (180, "")),
    **dict.fromkeys(("thailand", "bangkok", "vietnam", "hanoi"), (420, "")),
    **dict.fromkeys(("bangladesh", "dhaka"), (360, "")),
    **dict.fromkeys(("myanmar", "yangon"), (390, "")),
    **dict.fromkeys(("morocco", "marrakech", "rabat"), (60, "")),
    **dict.fromkeys(("greece", "athens"), (120, _EU)),
    **dict.fromkeys(("frankfurt", "munich", "hamburg", "milan", "barcelona", "zurich",
                     "lyon", "the hague", "luxembourg"), (60, _EU)),
    **dict.fromkeys(("italy", "rome", "france", "paris", "germany", "berlin", "spain",
                     "madrid", "switzerland", "geneva", "sweden", "stockholm", "belgium",
                     "brussels", "netherlands", "amsterdam", "poland", "warsaw"), (60, _EU)),
    **dict.fromkeys(("britain", "united kingdom", "london", "england", "scotland", "wales",
                     "ireland", "dublin", "portugal", "lisbon"), (0, _EU)),
    **dict.fromkeys(("austria", "vienna", "czech republic", "prague", "hungary", "budapest",
                     "denmark", "copenhagen", "norway", "oslo", "croatia", "zagreb", "serbia",
                     "belgrade", "slovakia", "bratislava", "slovenia", "ljubljana"), (60, _EU)),
    **dict.fromkeys(("romania", "bucharest", "bulgaria", "sofia", "ukraine", "kyiv", "kiev",
                     "finland", "helsinki", "estonia", "tallinn", "latvia", "riga",
                     "lithuania", "vilnius", "moldova", "chisinau", "cyprus", "nicosia"),
                    (120, _EU)),
    **dict.fromkeys(("saudi arabia", "riyadh", "qatar", "doha", "kuwait", "iraq", "baghdad",
                     "jordan", "amman", "kenya", "nairobi", "ethiopia", "addis ababa",
                     "tanzania", "dar es salaam", "uganda", "kampala", "moscow"), (180, "")),
    **dict.fromkeys(("united arab emirates", "uae", "dubai", "abu dhabi", "oman", "muscat"),
                    (240, "")),
    **dict.fromkeys(("south africa", "johannesburg", "pretoria", "cape town", "durban",
                     "egypt", "cairo", "zimbabwe", "harare", "zambia", "lusaka", "rwanda",
                     "kigali", "mozambique", "maputo"), (120, "")),
    **dict.fromkeys(("nigeria", "lagos", "abuja", "algeria", "algiers", "cameroon",
                     "tunisia", "tunis"), (60, "")),
    **dict.fromkeys(("ghana", "accra", "senegal", "dakar", "ivory coast", "abidjan",
                     "iceland", "reykjavik"), (0, "")),
    # (not Indonesia or Brazil as a whole: each spans several zones)
    **dict.fromkeys(("jakarta", "cambodia", "phnom penh"), (420, "")),
    **dict.fromkeys(("mongolia", "ulaanbaatar"), (480, "")),
    **dict.fromkeys(("brasilia", "sao paulo", "são paulo", "rio de janeiro", "belo horizonte",
                     "curitiba", "porto alegre", "recife", "fortaleza",
                     "argentina", "buenos aires", "uruguay", "montevideo"), (-180, "")),
    **dict.fromkeys(("venezuela", "caracas", "bolivia", "la paz", "campo grande", "cuiaba",
                     "manaus", "porto velho"), (-240, "")),
    **dict.fromkeys(("mexico city", "guatemala", "costa rica", "el salvador", "honduras"),
                    (-360, "")),
    "kamchatka": (720, ""), "petropavlovsk-kamchatsky": (720, ""),
    **dict.fromkeys(("ecuador", "quito", "peru", "lima", "colombia", "bogota"), (-300, "")),
    **dict.fromkeys(("texas", "south texas", "boca chica", "starbase", "houston",
                     "chicago"), (-360, _US)),
    **dict.fromkeys(("florida", "cape canaveral", "kennedy space center", "new york",
                     "wallops", "washington, d.c.", "atlanta", "miami"), (-300, _US)),
    **dict.fromkeys(("california", "vandenberg", "los angeles", "san francisco"),
                    (-480, _US)),
}
# A preposition of place just before a place name ("in", "at the", "near", "off the coast of").
_LOCATIVE = re.compile(r"\b(?:in|at|near|off|outside|inside|across|over)\s+(?:the\s+)?"
                       r"(?:(?:coast|capital|city|centre|center|north|south|east|west|"
                       r"province|state|region) of\s+(?:the\s+)?)?$", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(p) for p in _PLACES),
                                                key=len, reverse=True)) + r")\b")


def named_zone(zone: str) -> Zone | None:
    """The zone a name after a clock time stands for ("Central time", "GMT"), if known; a
    place's own time ("London time", "Geneva time", "Myanmar time") is the zone of the
    place."""
    name = re.sub(r"\s+", " ", zone.strip().lower())
    if name in _NAMED:
        return _NAMED[name]
    if not name.endswith(" time"):
        return None
    place = fold(name.removesuffix(" time"))
    return _PLACES.get(place) or place_zone(place)


@cache
def iana_zone(tz: str) -> Zone:
    """A tz-database zone as a standard offset and a daylight-saving rule: one of this
    module's rules when its summer days of the year are that rule's (Europe/Madrid keeps the
    EU's), else the zone's own name (read from the tz database on the day)."""
    info = ZoneInfo(tz)
    year = 2026  # any year: the rules above are fixed by weekday, as the tz database's are
    january, july = _extremes(tz, year)
    if january == july:  # no summer time: most of the world
        return (int(january.total_seconds() // 60), "")

    def offset(day: dt.date) -> int:
        noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
        delta = noon.astimezone(info).utcoffset()
        return int(delta.total_seconds() // 60) if delta is not None else 0

    days = [dt.date(year, 1, 1) + dt.timedelta(days=n) for n in range(365)]
    offsets = [offset(d) for d in days]
    standard = min(offsets)
    if standard == max(offsets):
        return (standard, "")
    summer = [o > standard for o in offsets]
    for rule in (_US, _EU, _AU, _NZ):
        if summer == [_summer(rule, d) for d in days]:
            return (standard, rule)
    return (standard, tz)


def place_zone(name: str, countries: frozenset[str] | None = None) -> Zone | None:
    """The zone of a place the GeoNames table knows (of those countries' towns, when given),
    when all it may mean keep one clock ("Chiang Rai", "Myanmar"; not "Kazakhstan",
    "Jackson")."""
    zones = {iana_zone(tz) for tz in gazetteer.place_zones(name, countries)}
    return zones.pop() if len(zones) == 1 else None


# A capitalised name of one to three words just after a preposition of place or a verb of
# striking ("in Pasay", "shook Chiang Rai"): a place the GeoNames table may know.
_TOWN = re.compile(r"\b(?:in|at|near|off|outside|shook|hit|struck|rocked|jolted)\s+"
                   r"(?:the\s+)?(?:(?:town|city|village|port|province|region|"
                   # ("off the west coast of Vancouver Island")
                   r"(?:(?:north|south|east|west)(?:ern)?\s+)?coast) of\s+)?"
                   r"(?P<name>[A-Z][\w'’.-]*[a-z][\w'’-]*"
                   r"(?:[ \t]+[A-Z][\w'’-]*[a-z][\w'’-]*){0,2})")


@lru_cache(maxsize=1024)
def _countries(text: str) -> frozenset[Zone]:
    """The zones of the countries of one clock a text names that this module's table lacks
    ("Kazakhstan", "Kyrgyzstan"): more places named, so "local time" is guessed less."""
    zones: set[Zone] = set()
    for iso in gazetteer.countries_named(text):
        clocks = {iana_zone(tz) for tz in gazetteer.country_zones(iso)}
        if len(clocks) == 1:
            zones |= clocks
    return frozenset(zones)


def _towns(text: str, context: str | None = None, any_country: bool = False) -> set[Zone]:
    """The zones of the places outside this module's table that a text says things are at:
    the longest name the GeoNames table knows of the words after each preposition, a town
    only in a country the text (or its article, ``context``) names, unless ``any_country``:
    "in Cornwall" is no Ontario town in a story of Shetland, "shook Chiang Rai" is Thai in a
    report naming Thailand."""
    zones: set[Zone] = set()
    countries: frozenset[str] | None = None
    for m in _TOWN.finditer(text):
        if text[m.end():m.end() + 2] in ("'s", "’s"):
            continue
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            name = fold(" ".join(words[:n]))
            if name in _PLACES:
                break
            if countries is None and not any_country:
                countries = gazetteer.countries_named(context or text)
            if (zone := place_zone(name, countries)) is not None:
                zones.add(zone)
                break
    return zones


def _named_places(text: str) -> list[re.Match[str]]:
    """The places of the table a text names (matched in its folded form), not in the
    possessive: "Beijing's curbs", "Washington's tariffs" name a government, not a place."""
    return [m for m in _PLACE.finditer(fold(text)) if text[m.end():m.end() + 2] not in ("'s", "’s")]


def local_zone(doc: Doc, sentences: Iterable[int]) -> Zone | None:
    """The zone of "local time": that of the places the time's sentences name, else of the
    article's dateline, else of the places the article names, when the places known here
    agree on one (or one of them is the dateline's). Within a text, places said to be where
    things are ("in Switzerland", "at Jiuquan") outrank places merely named ("officials from
    the United States and China")."""
    texts_of = ([doc.sentence_text(i) for i in sentences], [dateline(doc.article.text)],
                [doc.article.text])
    for level, texts in enumerate(texts_of):
        found = [(t, m) for t in texts for m in _named_places(t)]
        located = {_PLACES[m.group(0)] for t, m in found if _LOCATIVE.search(t[:m.start()])}
        if level == 0 and texts:
            # a town the GeoNames table knows, only in the time's own sentence: "local time"
            # of a quake told of a Kyrgyz village is not that of Almaty, where the article
            # says it was felt
            located |= _towns(texts[0], doc.article.text)
        zones = {_PLACES[m.group(0)] for _, m in found} | located
        if zones:
            zones |= {z for t in texts for z in _countries(t)}
        for candidates in (located, zones):
            if len(candidates) == 1:
                return candidates.pop()
        if zones:
            # places of several zones: the dateline's, when it is one of them ("GENEVA - …
            # the European Union and Japan ended talks at 11:40 p.m. local time"), else
            # which is local is unclear
            filed = dateline_zone(doc)
            return filed if filed in zones else None
    return None


def sentence_zone(doc: Doc, index: int) -> Zone | None:
    """The zone of the places a sentence says things are at ("announced the decision at 4pm
    after its board meeting in Rabat"), when they agree on one; else None."""
    text = doc.sentence_text(index)
    located = {_PLACES[m.group(0)] for m in _named_places(text)
               if _LOCATIVE.search(text[:m.start()])} | _towns(text, doc.article.text)
    return located.pop() if len(located) == 1 else None


def only_zone(doc: Doc) -> Zone | None:
    """The zone of the places an article names, when all those known here share one and
    one of them is said to be where things are ("across central Nepal"); else None."""
    folded = fold(doc.article.text)
    found = _named_places(doc.article.text)
    # (towns and countries the table lacks only make the places' zones disagree: a report
    # of a quake in Tachileik, felt in Thailand, keeps no one clock)
    zones = ({_PLACES[m.group(0)] for m in found} | _countries(doc.article.text)
             | _text_zones(doc.article.text))
    if len(zones) != 1 or not any(_NEAR_LOCATIVE.search(folded, max(0, m.start() - 30), m.start())
                                  for m in found):
        return None
    return zones.pop()


def article_zones(doc: Doc) -> frozenset[Zone]:
    """The zones of every place an article names (this table's, and the GeoNames table's
    where the text says things are at them), and of its dateline: the clocks a time it
    tells with no zone may be read on."""
    return _text_zones(doc.article.text) | ({z} if (z := dateline_zone(doc)) else frozenset())


@lru_cache(maxsize=1024)  # (bounded: a server reads articles for ever)
def _text_zones(text: str) -> frozenset[Zone]:
    # (towns of any country: these zones only excuse a time, never date one; a Myanmar
    # weekly need not name Myanmar to tell of Tachileik)
    return frozenset({_PLACES[m.group(0)] for m in _named_places(text)}
                     | _towns(text, any_country=True))


# A preposition of place a few words before a place ("across central Nepal").
_NEAR_LOCATIVE = re.compile(r"\b(?:in|at|near|off|outside|inside|across|over)\b[^.;,]{0,20}$")


def dateline_zone(doc: Doc) -> Zone | None:
    """The zone of the place the article's dateline names ("GENEVA, 10 May --"), if known:
    where the report was filed, so its "local time" is that place's."""
    line = fold(dateline(doc.article.text))
    zones = {_PLACES[m.group(0)] for m in _PLACE.finditer(line)}
    if not zones and (first := re.match(r"[^\W\d_][\w .'-]*?(?=,|\s*\(|\s+[-—–]|$)", line)):
        # a town the table lacks ("TACHILEIK, Myanmar —"): the GeoNames table's
        zone = place_zone(first.group(0), gazetteer.countries_named(doc.article.text))
        zones = {zone} if zone is not None else set()
    return zones.pop() if len(zones) == 1 else None


def _summer(rule: str, day: dt.date) -> bool:
    """Is daylight saving in force on that day under the rule? (US: second Sunday of March
    to first Sunday of November; EU: last Sunday of March to last Sunday of October;
    south-eastern Australia: first Sunday of October to first Sunday of April; New Zealand:
    last Sunday of September to first Sunday of April; a tz-database zone: its own.)"""
    if "/" in rule:  # a tz-database zone of its own rule
        noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
        january, july = _extremes(rule, day.year)
        return january != july and noon.astimezone(ZoneInfo(rule)).utcoffset() == max(
            january, july)
    start, end = _season(rule, day.year)
    return start <= day < end if start < end else day >= start or day < end


@cache
def _season(rule: str, year: int) -> tuple[dt.date, dt.date]:
    """The first day of a rule's summer time in a year and the first day after it (for the
    southern rules, the end comes first in the calendar year)."""
    def sunday(month: int, nth: int) -> dt.date:
        days = [dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)
                if dt.date(year, month, d).weekday() == 6]
        return days[nth]

    if rule == _US:
        return sunday(3, 1), sunday(11, 0)
    if rule == _AU:
        return sunday(10, 0), sunday(4, 0)
    if rule == _NZ:
        return sunday(9, -1), sunday(4, 0)
    return sunday(3, -1), sunday(10, -1)


@cache
def _extremes(tz: str, year: int) -> tuple[dt.timedelta, dt.timedelta]:
    """A tz-database zone's offsets in mid-January and mid-July of a year."""
    info = ZoneInfo(tz)

    def offset(month: int) -> dt.timedelta:
        at = dt.datetime(year, month, 15, 12, tzinfo=dt.UTC).astimezone(info)
        return at.utcoffset() or dt.timedelta(0)
    return offset(1), offset(7)


def utc_gap(a: Zone, minutes_a: int, b: Zone, minutes_b: int, day: dt.date | None = None
            ) -> int:
    """The least distance, in minutes round the clock, between two zoned clock times in
    absolute time (zones of one daylight-saving rule shifting together; on a known day,
    each rule's offset of that day)."""
    def offsets(z: Zone) -> tuple[int, ...]:
        if z[1] and day is not None:
            return (z[0] + (60 if _summer(z[1], day) else 0),)
        return (z[0], z[0] + 60) if z[1] else (z[0],)

    if a[1] and a[1] == b[1] and day is None:
        pairs = [(a[0] + d, b[0] + d) for d in (0, 60)]
    else:
        pairs = [(x, y) for x in offsets(a) for y in offsets(b)]
    best = 24 * 60
    for oa, ob in pairs:
        gap = abs((minutes_a - oa) - (minutes_b - ob)) % (24 * 60)
        best = min(best, gap, 24 * 60 - gap)
    return best
