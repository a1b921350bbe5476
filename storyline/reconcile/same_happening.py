"""Evidence that two outlets' numbers are of one happening, not two (issue 11, precision).

Two numbers of one unit, in alike sentences, are often two happenings of one kind: "a 5.6
quake … on Sunday" and "a 6.1 quake in September", "65% of traffic to India" and "more than
75 percent of traffic between the Middle East, Europe and America", "eight days of riots"
in one report and "four days of riots" in an earlier one. The checks:

* ``different_times``: each sentence is dated, differently (calendar values when the
  articles are dated; else the days and months the sentences name); a sentence placing its
  happening "the night before" the day it names is not dated by that day;
* ``running``: a span of an ongoing happening counted up to the moment of writing
  (``running_span``) compares only between reports of the same publication day;
* ``other_places``: both numbers are told of places named right after them, none in common;
* ``other_quantity``: one number told of a later year, of what is left, of seats held
  before the vote, or as a swing, and the other not, or the two told of different finishing
  places ("came third with 19.8%" / "came second … with 21.1%"): two quantities.

``different_times`` reads the dates near each number (a decision "in a 5-4 decision …" is not
dated by "… began collecting in March of last year" at the sentence's end) and the date of
each number's own clause ("… off Iquique in 2014 killed six"); the sentences dated only to
years before the report's (a past quake's toll or centre) are
``evidence.past_year_sentences``.

And one check the other way: ``one_distance`` — two lengths measured from one named place
("1,500 kilometers south of Tehran" / "1,150 kilometers southeast of Tehran"), in sentences
that name no place the other article never mentions, are one distance told twice.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from storyline import gazetteer
from storyline.records import Figure, TimeExpr

from .datelines import dates_dateline
from .evidence import Doc
from .magnitudes import is_depth
from .nationalities import demonym_countries
from .report_days import telling_day
from .text import fold
from .updates import is_tally

_NAMED_TIME = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                         r"january|february|march|april|may|june|july|august|september|"
                         r"october|november|december)\b")


# A season or year before the one written in ("Last winter the club re-signed him", "two
# years ago"): not the day or month of this week's news.
PAST_PERIOD = re.compile(r"\blast\s+(?:winter|spring|summer|autumn|fall|year|season)\b|"
                          r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                          r"years?\s+ago\b")


# A happening placed a day before the day its sentence names ("On Tuesday, police were
# inside the store where, the night before, …"); not "the day before the vote", a day
# before another happening.
_DAY_BEFORE = re.compile(r"\b(?:the|a)\s+(?:night|day|evening)\s+(?:before|earlier)\b"
                         r"(?!\s+(?:the|a|an|his|her|their|its|this|that)\b)|"
                         r"\bthe\s+previous\s+(?:night|day|evening)\b")


def different_times(da: Doc, fa: Figure, db: Doc, fb: Figure) -> bool:
    """Each figure's sentence is dated near it, differently, or each figure's own clause
    is: a count that changed, or another happening of its kind ("a 5.6 quake on Sunday" / "a
    6.1 quake in September"), not a conflict. Without a publication date the days and months
    named decide."""
    if dated_apart(da, fa.sentence, db, fb.sentence, near=(fa, fb)):
        return True
    ya, yb = _own_date(da, fa), _own_date(db, fb)
    return bool(ya and yb) and not (ya.startswith(yb) or yb.startswith(ya))


_NEAR_FIGURE = 90  # characters either side of a figure where a date may date it
_OWN_DATE_REACH = 60  # characters before a figure searched for the date of its own clause


def _own_date(doc: Doc, f: Figure) -> str:
    """The calendar value of the date told just before the figure in its clause ("… quake
    off Iquique in 2014 killed six": 2014, though the sentence names 2010 before it), or
    right after it ("almost 40 million in 2019", "35.5 million in 2024")."""
    best = ""
    best_end = -1
    text = doc.article.text
    for t in doc.times:
        if (t.sentence == f.sentence and t.type == "DATE" and t.value
                and not dates_dateline(doc, t.sentence, t)
                and t.value[:1].isdigit() and f.start - _OWN_DATE_REACH <= t.end <= f.start
                and not re.search(r"[;,]|\bwhile\b", text[t.end:f.start])
                and t.end > best_end):
            best, best_end = t.value, t.end
    if best:
        return best
    s = doc.sentence(f.sentence)
    for t in doc.times:
        # a month or year opening the sentence dates all of it ("In August 2016, an
        # earthquake centred near Amatrice killed nearly 300 people"; a day opening it may
        # be the scene's: "On Tuesday, detectives were where, the night before, …")
        if (s is not None and t.sentence == f.sentence and t.type == "DATE"
                and (t.value or "")[:1].isdigit() and len(t.value or "") <= 7
                and t.end <= f.start
                and _FRONTED.fullmatch(text[s.start:t.start])
                and text[t.end:t.end + 1] == ","
                and not any(o is not t and o.sentence == f.sentence and o.type == "DATE"
                            and t.end <= o.start < f.start for o in doc.times)):
            return t.value or ""
    for t in doc.times:
        if (t.sentence == f.sentence and t.type == "DATE" and (t.value or "")[:1].isdigit()
                and f.end <= t.start <= f.end + _OWN_DATE_AFTER
                and _DATED_AFTER.fullmatch(text[f.end:t.start])):
            return t.value or ""
    return ""


_OWN_DATE_AFTER = 30  # characters after a figure searched for a date of it
_FRONTED = re.compile(r"\s*(?:(?:In|On|Back in)\s+)?", re.IGNORECASE)
# What lies between a figure and a date of it: its noun and "in" ("35.5 million visitors in").
_DATED_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}(?:in|during)\s+", re.IGNORECASE)


# A number told of a later year than the report's ("Bank Rate ends 2026 somewhere around
# 3.25%", "inflation of 2.4% next year"): a forecast of then, not a figure of now.
_LATER = re.compile(r"\bnext year\b|\b(?:in|by|for|ends?|ending|end of)\s+(?:the\s+end\s+of\s+)?"
                    r"(?P<year>20\d\d)\b", re.IGNORECASE)


def later_year(doc: Doc, f: Figure) -> bool:
    """Is the figure told of a year after the report's (``published`` known) or of "next
    year", in its clause (up to 60 characters before it and 40 after, in its sentence)?"""
    s = doc.sentence(f.sentence)
    if s is None:
        return False
    text = doc.article.text
    clause = text[max(s.start, f.start - 60):min(s.end, f.end + 40)]
    published = doc.published_at
    for m in _LATER.finditer(clause):
        if not m.group("year"):
            return True
        if published is not None and int(m.group("year")) > published.year:
            return True
    return False


# A count of what is left ("about 3,100 ballots remain", "12 people still missing" is not
# this: missing is a tally): another number than the count done.
_REMAINING = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:remain(?:ed|s)?|remaining|left to (?:be )?"
                        r"\w+|outstanding|(?:still|yet) to be \w+)\b", re.IGNORECASE)
_REMAINING_BEFORE = re.compile(r"\b(?:remaining|outstanding|another|the last)\s+$", re.IGNORECASE)


def remaining(doc: Doc, f: Figure) -> bool:
    """Is the figure a count of what is left ("about 3,100 ballots remain")?"""
    text = doc.article.text
    return bool(_REMAINING.match(text, f.end) or _REMAINING_BEFORE.search(
        text, max(0, f.start - 20), f.start))


# Seats held before a vote ("who held 41 seats when the legislature was dissolved", "going
# into the election with 41 seats", "the outgoing assembly") are another number than seats
# won in it.
_HELD_BEFORE = re.compile(r"\b(?:dissol\w+|going into the (?:election|vote|race)|before the "
                          r"(?:election|vote)|outgoing (?:assembly|legislature|parliament|"
                          r"house|chamber)|previously held|had held)\b", re.IGNORECASE)


def held_before(doc: Doc, f: Figure) -> bool:
    """Is the figure a count held before the vote, told in its clause?"""
    text = doc.article.text
    sent = doc.sentence(f.sentence)
    lo, hi = (sent.start, sent.end) if sent is not None else (0, len(text))
    before = re.split(r"[,;]", text[max(lo, f.start - 60):f.start])[-1]
    after = re.split(r"[,;]", text[f.end:min(hi, f.end + 60)])[0]
    return bool(_HELD_BEFORE.search(f"{before} {after}"))


# A swing between parties is another measure than a party's vote moving ("a 3.1-point
# swing towards the government" / "the Liberal primary vote … down 2.4 points").
_SWING = re.compile(r"\bswing\b", re.IGNORECASE)


def swing(doc: Doc, f: Figure) -> bool:
    """Is the figure told as a swing?"""
    return bool(_SWING.search(doc.article.text, max(0, f.start - 40), f.end + 40))


# What a number may be told as, beside the quantity itself: of a later year (a forecast),
# of what is left, of seats held before the vote, as a swing.
_ONE_SIDED = (later_year, remaining, held_before, swing)


# A finishing place told beside a number: "when it came third with 19.8%", "who finished
# second here in 2024 with 21.1 per cent".
_FINISHED = re.compile(r"\b(?:came|finished|placed|ended|was)\s+(?:a\s+(?:distant|close)\s+)?"
                       r"(first|second|third|fourth|fifth|sixth|last)\b", re.IGNORECASE)
_FINISH_WINDOW = 60  # characters before the number read for its finishing place


def finished(doc: Doc, f: Figure) -> str | None:
    """The place in a race the number's holder finished in, told just before it."""
    found = _FINISHED.findall(doc.article.text, max(0, f.start - _FINISH_WINDOW), f.start)
    return found[-1].lower() if found else None


def other_quantity(da: Doc, fa: Figure, db: Doc, fb: Figure) -> bool:
    """One figure told as a forecast, a remainder, seats held before the vote or a swing
    (``_ONE_SIDED``), the other not: two quantities, not one told two ways; or each told of
    a different finishing place (a party that came third, one that came second)."""
    places = finished(da, fa), finished(db, fb)
    if None not in places and places[0] != places[1]:
        return True
    return any(told(da, fa) != told(db, fb) for told in _ONE_SIDED)


def dated_apart(da: Doc, sa: int, db: Doc, sb: int, skip: Collection[str] = (),
                near: tuple[Figure, Figure] | None = None) -> bool:
    """Is each sentence dated, differently (``different_times``)? Time expressions holding
    one of the numbers in ``skip`` (those compared: "May 12" / "May 13") are left out; with
    ``near`` (the two figures compared), so are those far from the figure in its sentence
    ("In a 5-4 decision, the justices held that the surcharge … began collecting in March
    of last year …": the decision is not dated by the surcharge's start)."""
    around = {id(da): near[0], id(db): near[1]} if near is not None and da is not db else {}

    def close(d: Doc, t: TimeExpr) -> bool:
        f = around.get(id(d))
        return f is None or not f.text or (f.start - _NEAR_FIGURE <= t.start
                                           and t.end <= f.end + _NEAR_FIGURE)

    def times(d: Doc, s: int) -> list[TimeExpr]:
        return [t for t in d.times if t.sentence == s
                and not (skip and set(re.findall(r"\d+", t.text)) & set(skip))
                and not telling_day(d, t)  # "results published on Monday" (``report_days``)
                and close(d, t)]

    def dates(d: Doc, s: int) -> set[str]:
        return {t.value for t in times(d, s) if t.value
                and t.type == "DATE" and t.value[:1].isdigit()}

    def named(d: Doc, s: int) -> set[str]:
        return {m.group(0) for t in times(d, s) for m in _NAMED_TIME.finditer(fold(t.text))}

    if any(_DAY_BEFORE.search(fold(d.sentence_text(s))) for d, s in ((da, sa), (db, sb))):
        return False  # "On Tuesday, … where, the night before, …": the day named is not the
        # happening's, which is left undated

    xa, xb = dates(da, sa), dates(db, sb)
    if xa and xb:
        return not any(x.startswith(y) or y.startswith(x) for x in xa for y in xb)
    na, nb = named(da, sa), named(db, sb)
    return bool(na and nb) and not na & nb


# Spans counted up to the moment of writing: "eight days of riots", "for the past four
# days", "for four days, the city has…". Reports written on different days give different
# numbers of one ongoing happening: compared only between reports of the same day.
_SPAN_UNITS = frozenset({"day", "days", "night", "nights", "week", "weeks", "month", "months"})
_RUNNING_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?[a-z]")
_RUNNING_BEFORE = re.compile(r"\b(?:past|last|for|after|into)\s+(?:the\s+)?$", re.IGNORECASE)
# A window set ahead: a pause, a suspension, a truce or a delay "for 90 days".
_WINDOW_SET = re.compile(r"\b(?:paus|suspen|truce|delay|postpon|freez|extend|extension|"
                         r"reprieve|moratorium|ceasefire|cease-fire)\w*", re.IGNORECASE)


def running_span(doc: Doc, start: int, end: int, unit: str) -> bool:
    """Is the number a span of an ongoing happening counted up to now ("eight days of
    clashes", "over the past four days")?"""
    if fold(unit) not in _SPAN_UNITS:
        return False
    text = doc.article.text
    if _RUNNING_AFTER.match(text[end:end + 20]):
        return True
    before = _RUNNING_BEFORE.search(text[max(0, start - 20):start])
    if before is None:
        return False
    # "agreed to pause the tariff increases for 60 days": a window set, not a span so far
    return not (fold(before.group(0)).startswith("for")
                and _WINDOW_SET.search(text[max(0, start - 80):start]))


def running(da: Doc, fa: Figure, db: Doc, fb: Figure) -> bool:
    """A span of an ongoing happening counted up to now ("eight days of riots" / "four days
    of riots") in reports not known to be of the same day: both can be right."""
    if not any(running_span(d, f.start, f.end, f.unit) for d, f in ((da, fa), (db, fb))):
        return False
    day_a, day_b = da.article.published_date, db.article.published_date
    return day_a is None or day_a != day_b


_PLACE_LABELS = frozenset({"GPE", "LOC"})
# How far after a number the places it is of may stand ("65% of traffic to India").
_PLACE_AFTER_CHARS = 60


def places_after(doc: Doc, f: Figure) -> set[str]:
    """Places named just after the figure, in its clause ("of traffic to India", "in the
    Middle East, Europe and America")."""
    text = doc.article.text
    # a clause of its own ends the figure's: "at 7.1 and said it was centred east of X"
    stop = re.search(r"[.;:]\s|\b(?:while|but|and then|whereas|(?:and )?(?:said|says|added))\b",
                     text[f.end:])
    limit = f.end + min(_PLACE_AFTER_CHARS, stop.start() if stop else _PLACE_AFTER_CHARS)
    out: set[str] = set()
    for e in sorted(doc.analysis.entities, key=lambda e: e.start):
        if e.label not in _PLACE_LABELS or not f.end <= e.start < limit:
            continue
        before = text[max(f.end, e.start - 14):e.start]
        # a place the figure is told of, led by a preposition ("of traffic to India", "in
        # Wichita") or listed after one ("…, Europe and America"); not a body acting ("a deal
        # the White House called the largest")
        if _PLACE_LEAD.search(before) or (out and _LIST_LEAD.search(before)):
            out.add(fold(e.text).removeprefix("the "))
    return out


_PLACE_LEAD = re.compile(r"\b(?:to|in|at|from|between|of|near|across|for|into|off|outside|"
                         r"inside|on|over)\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_LEAD = re.compile(r"(?:,|\band|\bor)\s+(?:the\s+)?$")


def _named_in(place: str, doc: Doc) -> bool:
    """The article names the place, or a place of one of its name words ("Davao Oriental" in
    a report naming "Davao City")."""
    if place in doc.folded_text:
        return True
    words = set(re.findall(r"[a-z]{4,}", doc.folded_text))
    return any(w in words for w in re.findall(r"[a-z]{4,}", place))


def other_places(da: Doc, fa: Figure, db: Doc, fb: Figure) -> bool:
    """Both figures are told of places named right after them, and of none in common:
    "65% of traffic to India" / "more than 75 percent of traffic between the Middle East,
    Europe and America" measure two routes."""
    pa, pb = places_after(da, fa), places_after(db, fb)
    if fa.unit == fb.unit == "votes":
        # "ruled 6-3 that deputies in a Maryland county" / "by a 5-4 vote … Frederick County
        # deputies": the places after a split are the case's, not the vote's
        return False
    if fa.unit == fb.unit == "magnitude" or (is_depth(fa.unit) and is_depth(fb.unit)) or (
            fa.kind == fb.kind == "count" and fold(fa.unit) == fold(fb.unit)
            and not is_tally(da.sentence_text(fa.sentence))
            and not is_tally(db.sentence_text(fb.sentence))):
        # "6.4 shook southern Taiwan" / "6.0, with its epicentre in Chiayi County": one
        # quake told by its region and by its county (its magnitude, or its depth in any
        # unit), when each article names the other's place (or a place of its name: "Davao
        # Oriental" / "Davao City"), or one names one of the other's; two quakes' places are
        # in neither. So with one noun counted
        # ("18 satellites for its Qianfan constellation" / "16 … satellites, the sixth group
        # for the Shanghai-backed …"), but not tolls, which are told place by place
        return (bool(pa and pb) and not pa & pb
                and not (any(_named_in(p, db) for p in pa)
                         or any(_named_in(p, da) for p in pb)))
    if bool(pa and pb) and not pa & pb and not _one_place_word(pa, pb):
        return True
    fa_flow, fb_flow = flow_places(da, fa), flow_places(db, fb)
    # "Exports from Bursa province rose 9.2%" / "Sales to European Union countries rose
    # 8.9%": a trade flow's place told before the number, one province's against a bloc's
    return (bool(fa_flow and fb_flow) and not fa_flow & fb_flow
            and not _one_place_word(fa_flow, fb_flow))


# A trade flow and the place it comes from or goes to, before its number ("Exports to EU
# countries", "shipments from Bursa province"): the place names what is measured.
_FLOW_LEAD = re.compile(r"\b(?:exports?|imports?|sales|shipments|trade|purchases)\b"
                        r"(?:\s+[a-z]+){0,2}\s+(?:to|from|with)\s+(?:the\s+)?$", re.IGNORECASE)
_FLOW_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP"})


def flow_places(doc: Doc, f: Figure) -> set[str]:
    """Places a trade flow is told of in the figure's sentence before it."""
    sent = doc.sentence(f.sentence)
    lo = sent.start if sent is not None else 0
    text = doc.article.text
    return {fold(e.text).removeprefix("the ") for e in doc.analysis.entities
            if e.label in _FLOW_LABELS and lo <= e.start < f.start
            and _FLOW_LEAD.search(text[max(lo, e.start - 40):e.start])}


# Words of place names that name a kind of place, not one place.
_PLACE_KIND_WORDS = frozenset({
    "province", "county", "city", "state", "district", "region", "island", "islands",
    "center", "centre", "station", "base", "port", "airport", "north", "south", "east",
    "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "great", "greater", "republic", "kingdom", "united", "space", "force", "launch",
    "satellite", "international", "national", "capital", "valley", "coast", "bay", "lake",
    "river", "mount", "peninsula", "prefecture", "territory", "oblast", "municipality"})


def _one_place_word(pa: set[str], pb: set[str]) -> bool:
    """Two outlets' places after the figures share a name word: one place told at two
    precisions ("from the Taiyuan Satellite Launch Center in Shanxi" / "from Taiyuan")."""
    def words(places: set[str]) -> set[str]:
        return {w for p in places for w in re.findall(r"[a-z]{4,}", p)} - _PLACE_KIND_WORDS
    return bool(words(pa) & words(pb))


# "1,500 kilometers south of Tehran", "35 km (22 miles) from Bandar Abbas", "10 km
# north-east of the capital Ankara": a length measured from a place named right after it.
_FROM_PLACE = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:due|just|about|roughly)\s+)?"
    # (a compound bearing too: "south-southwest of", "east-northeast of")
    r"(?:(?:(?:north|south|east|west)-)?(?:north|south)(?:\s*-\s*|\s+)?(?:east|west)?|east|west)"
    r"(?:ern)?\s+"
    r"(?:of|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$|"
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:away\s+)?from\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
_LOCATED_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MISREAD_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP", "FAC"})
_COMPASS = re.compile(r"\b(?:north|south|east|west)", re.IGNORECASE)


def reference_place(doc: Doc, f: Figure) -> str:
    """The place a length is measured from, named right after it ("… south of Tehran"),
    folded; "" when the figure is no such distance."""
    text = doc.article.text
    for e in sorted(doc.analysis.entities, key=lambda e: e.start):
        if not f.end <= e.start < f.end + _PLACE_AFTER_CHARS:
            continue
        gap = fold(text[f.end:e.start])
        if e.label in _PLACE_LABELS:
            return fold(e.text).removeprefix("the ") if _FROM_PLACE.match(gap) else ""
        if e.label in _MISREAD_PLACE_LABELS and _COMPASS.search(gap) and _FROM_PLACE.match(gap):
            # "72 km southwest of Marrakech", the city tagged an organisation: a name after a
            # compass bearing is a place, whatever the tagger called it
            return fold(e.text).removeprefix("the ")
    return ""


def unshared_places(doc: Doc, f: Figure, other: Doc, skip: str) -> bool:
    """The figure's sentence names a place (or building) the other article never mentions:
    it may locate another thing ("Zarand, 602 miles southeast of Tehran")."""
    return places_unshared(doc, f.sentence, other, skip)


def places_unshared(doc: Doc, sentence: int, other: Doc, skip: str) -> bool:
    """``unshared_places`` for a sentence: one of its places, other than ``skip``, the
    other article never mentions."""
    return any(e.sentence == sentence and e.label in _LOCATED_LABELS
               and fold(e.text).removeprefix("the ") not in (skip, "")
               and fold(e.text).removeprefix("the ") not in other.folded_text
               for e in doc.analysis.entities)


def one_distance(da: Doc, fa: Figure, db: Doc, fb: Figure) -> bool:
    """Two lengths measured from the same named place, in sentences naming no place the
    other article does not: one distance (of the story's place) told twice."""
    ref = reference_place(da, fa)
    return (bool(ref) and ref == reference_place(db, fb)
            and not unshared_places(da, fa, db, ref) and not unshared_places(db, fb, da, ref))


# Where the clause holding a number begins: "Spain's 10-year yield fell to 2.87% and
# Portugal's to 2.69%" gives each country its own number.
_CLAUSE_START = re.compile(r"[,;:]\s*|\s+(?:and|while|whereas|but)\s+")


def owner_countries(doc: Doc, f: Figure) -> frozenset[str]:
    """The countries named in the figure's own clause before it, by name or demonym
    ("Portugal's 10-year bond yield fell … to 2.69%", "Italian HICP inflation at 1.3%")."""
    sent = doc.sentence(f.sentence)
    before = doc.article.text[sent.start if sent is not None else 0:f.start]
    return _clause_countries(
        before[max((m.end() for m in _CLAUSE_START.finditer(before)), default=0):])


@lru_cache(maxsize=4096)
def _clause_countries(clause: str) -> frozenset[str]:
    """The countries a clause names (read once per clause: figures are compared in pairs)."""
    named = {gazetteer.country_code(c) for c in demonym_countries(clause)}
    blocs = {"euro area"} if _EURO_AREA.search(clause) else set()
    return frozenset(gazetteer.countries_named(clause) | {c for c in named if c} | blocs)


# The euro area, whose measures are told beside its members' ("Euro zone inflation slowed to
# 1.7%" / "Austrian inflation stood at 2.9%").
_EURO_AREA = re.compile(r"\b(?:euro[ -]?zone|euro area|eurozone)\b", re.IGNORECASE)


def other_countries(da: Doc, fa: Figure, db: Doc, fb: Figure) -> bool:
    """Two figures each told of a country, none of them the same ("Inflation in Portugal
    was 2.1%" / "Italian HICP inflation at 1.3%"): two countries' measures. Not magnitudes
    or depths, of one quake felt in several countries."""
    if fa.unit == fb.unit == "magnitude" or (is_depth(fa.unit) and is_depth(fb.unit)):
        return False
    ca, cb = owner_countries(da, fa), owner_countries(db, fb)
    return bool(ca and cb) and not ca & cb
