"""A figure as ``figures`` aligns it, and what a story's figures tell about their units.

``Item`` is one figure of one article with what alignment reads around it: what it measures,
the names of its sentence, its holders, the noun it modifies, its sort. The rest sorts the
story's numbers before any two are compared: units a story counts once (``lone_counts``),
an article's busy units (a stat line), rates and offsets, a sum converted in brackets, and
game statistics that compare only as near misses; what befell the things counted (their
fates), parts of a group and the whole a part is counted out of, two floors of one count
taken at one stated moment, and thresholds ("the 172 seats needed").
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass

from storyline.records import Figure

from .evidence import Doc
from .figure_values import MEASURE, one_digit_off, transposed, value_ratio
from .magnitudes import is_depth
from .text import STOP_WORDS, fold, stem, wordset
from .units import MEASURE_CLASS, unit_class
from .updates import is_tally, moment_words


@dataclass
class Item:
    """One figure of one article, with what alignment reads around it."""

    doc: Doc
    fig: Figure
    about: str  # normalised, "" when unknown or generic
    names: frozenset[str] = frozenset()  # specific named entities in the figure's sentence
    # Name words of whose figure it is: the people named before it in a sentence that
    # quotes nobody ("Curry posted 29 points"), a list number's own holder ("…, while
    # Carter had 12"), an age's person ("Ferrer, 32,").
    subjects: frozenset[str] = frozenset()
    head: str | None = None  # the noun a compound number modifies ("three-game streak")
    sort: str = ""  # the sort of count (``same_measure.count_sort``): whole, window, extra
    person: str = ""  # for an age told of a named person, that person's full name


# Counts of play, records and seasons, told of many teams and games ("a team's 9 wins and
# another's 7"): never widened as small exact counts.
_GAME_UNITS = frozenset(stem(w) for w in wordset(
    "win wins loss losses defeat defeats draw draws game games match matches goal goals "
    "point points run runs season seasons title titles medal medals round rounds set sets "
    "touchdown touchdowns rebound rebounds assist assists yard yards inning innings"))

# Units whose count a story gives once per article and which hold no crowd of different
# things: one count per article of such a unit, all near each other, is one quantity.
NOT_LONE = frozenset({"people"})
_WEIGHTS = frozenset({"pound", "kilogram"})


def lone_counts(fs: list[Item], near: float, small_near: float = 0.0,
                small_max: float = 0.0,
                far: float = 0.0) -> tuple[set[str], set[str], set[str]]:
    """Unit classes the story counts once: every independent article gives at most one
    value of the unit, at least two articles give one, and all values are within ``near``
    of each other ("13 shots", "at least 12 shots", "a dozen rounds"): one quantity, however
    unlike the sentences that tell it. Small counts of things (all values at most
    ``small_max``, not a game's numbers) are exact, not estimates, so they are one quantity
    further apart, within ``small_near`` ("16 buildings collapsed" / "24 buildings had come
    down"; "nine engines" / "seven engines") when every article counts them with one noun
    ("13 shots" fired / "nine rounds" heard may be two counts). Exact counts with one noun
    further apart, within ``far`` ("14 aftershocks" / "43 aftershocks"; "200 Boeing aircraft"
    / "150 Boeing airplanes", one name on two nouns), are one quantity only when the
    sentences are alike too (the caller's test). Returns the classes within
    ``near``, apart those only within ``small_near``, and apart those only within ``far``."""
    per_doc: dict[str, dict[int, set[float]]] = defaultdict(lambda: defaultdict(set))
    words: dict[str, set[str]] = defaultdict(set)  # the nouns each class is counted in
    exact: dict[str, bool] = defaultdict(lambda: True)  # every value stated exactly
    # The names qualifying each count's noun ("200 Boeing aircraft"): one name on every
    # count that has one makes one thing of several nouns ("Boeing aircraft" / "Boeing
    # airplanes" / "200 jets").
    named: dict[str, list[frozenset[str]]] = defaultdict(list)
    for f in fs:
        cls = unit_class(f.fig.unit)
        if (f.fig.kind == "count" and f.fig.value_max is None and cls not in NOT_LONE
                # "9 acres": rounded; a weight stated exactly ("weighing 130 pounds") is not
                and (not MEASURE.fullmatch(fold(f.fig.unit))
                     or (cls in _WEIGHTS and f.fig.bound == "="))
                and not is_tally(f.fig.unit)):  # "46 arrests": a running tally grows
            per_doc[cls][f.doc.order].add(f.fig.value)
            words[cls].add(stem(fold(f.fig.unit)))
            named[cls].append(frozenset(w for w in (f.fig.about or "").split()[:-1]
                                        if w[:1].isupper() and w.isalpha()))
            exact[cls] = exact[cls] and f.fig.bound == "="
    near_ones, small_ones, far_ones = set(), set(), set()
    for cls, docs in per_doc.items():
        values = [v for vs in docs.values() for v in vs]
        if not (len(docs) >= 2 and all(len(vs) == 1 for vs in docs.values())
                and len(set(values)) >= 2 and min(values) > 0):
            continue
        ratio = max(values) / min(values)
        if ratio <= near:
            near_ones.add(cls)
        elif (ratio <= small_near and max(values) <= small_max and cls not in _GAME_UNITS
              and len(words[cls]) == 1):
            small_ones.add(cls)
        elif (ratio <= far and cls not in _GAME_UNITS and exact[cls]
              and (len(words[cls]) == 1 or _one_name(named[cls]))):
            far_ones.add(cls)
    return near_ones, small_ones, far_ones


def _one_name(named: list[frozenset[str]]) -> bool:
    """Do the counts that name a maker or owner of their noun all name one?"""
    names = [n for n in named if n]
    return len(names) >= 2 and bool(frozenset.intersection(*names))


_LEAD = re.compile(r"([a-z]{3,})\W+(?:(?:also|only|just|now|then)\W+)?$")


def same_lead(a: Item, b: Item) -> bool:
    """Two counts led by one verb word ("buy 200 Boeing aircraft" / "to buy 150 Boeing
    airplanes"): one act counted twice, however unlike the rest of the sentences."""
    leads = []
    for f in (a, b):
        m = _LEAD.search(fold(f.doc.article.text[max(0, f.fig.start - 40):f.fig.start]))
        if not m or m.group(1) in STOP_WORDS:
            return False
        leads.append(stem(m.group(1)))
    return leads[0] == leads[1]


# What befell the things counted: two counts of one noun told with different fates are of
# two groups ("three climbers … were rescued" / "two climbers killed"; "two speedboats
# … were approaching" / "the navy recovered … three speedboats").
_FATES = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\b(?:kill(?:ed|ing)?|dead|died|deaths?|perished|drowned|bodies|fatal\w*)\b",
    r"\b(?:injur(?:ed|ing|ies)|wounded|hurt|hospitali[sz]ed)\b",
    r"\b(?:rescued|saved|survived|survivors?|alive|freed|evacuated)\b",
    r"\b(?:missing|unaccounted)\b",
    r"\b(?:captured|arrested|detained|seized|recovered|confiscated|impounded)\b",
    r"\b(?:approach(?:ed|ing)|chas(?:ed|ing)|pursu(?:ed|ing)|fled|escaped)\b",
))


def fates(doc: Doc, sentence: int) -> frozenset[int]:
    """Which of ``_FATES`` a sentence tells."""
    text = doc.sentence_text(sentence)
    return frozenset(n for n, rx in enumerate(_FATES) if rx.search(text))


def same_fate(a: Item, b: Item) -> bool:
    """Could the two counts be of one group: not told with different fates?"""
    fa, fb = fates(a.doc, a.fig.sentence), fates(b.doc, b.fig.sentence)
    return not (fa and fb and not fa & fb)


def busy_units(fs: list[Item], values: int) -> set[tuple[int, str]]:
    """(article, unit class) pairs where the article gives ``values`` or more different
    numbers of the unit (a stat line, a season's record: "six touchdowns", "nine
    touchdowns", "two touchdowns"): its numbers count different things."""
    seen: dict[tuple[int, str], set[float]] = defaultdict(set)
    for f in fs:
        seen[(f.doc.order, unit_class(f.fig.unit))].add(f.fig.value)
    return {key for key, vs in seen.items() if len(vs) >= values}


# A busy unit's numbers compare only as near misses ("nine games" / "10 games").
_BUSY_NEAR = 1.3


# An amount converted in brackets: "$US1 million ($1.52 million)", "£1m (€1.2m)".
_CONVERTED_BEFORE = re.compile(r"\d[\d.,]*\s*(?:[a-z]+\s*){0,2}\(\s*$", re.IGNORECASE)
# A span that places something before or after another moment ("nine days before the
# inauguration"): an offset between two events, not the length of one.
_OFFSET_AFTER = re.compile(r"^\s+(?:before|after|ahead of|earlier than|later than|prior to)\b",
                           re.IGNORECASE)
# "raising his sentence to nine years after the Solicitor General argued …": "after" opens
# a clause telling what someone said or did in a case, not the happening an offset is
# counted from ("nine days before the vote was held" stays an offset).
_CLAUSE_AFTER = re.compile(
    r"\s+(?:before|after)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:argued|said|says|ruled|found|decided|told|asked|appealed|claimed|agreed|warned|"
    r"filed|pleaded|admitted|testified|complained|objected|sued)\b", re.IGNORECASE)
# Units a time can be counted in besides durations ("three games before the end").
_STEPS = frozenset(stem(w) for w in wordset(
    "game games match matches lap laps round rounds race races season seasons inning innings "
    "start starts meeting meetings session sessions"))
# A rate per game, night or outing ("eight rebounds a game", "20 points per game").
_RATE_AFTER = re.compile(r"^\s+(?:a|an|per|each|every)\s+(?:game|match|night|outing|contest|start|"
                         r"season|race|round|week|month|year|day)\b", re.IGNORECASE)


# An exchange rate: a sum per unit of another currency ("26,200 dong per dollar", "R17.63
# to the dollar"), no sum of money (a price per vehicle is one, however worded).
_PER_CURRENCY = re.compile(r"^\s+(?:per|to\s+the|against\s+the|a)\s+(?:us\s+|u\.s\.\s+)?"
                           r"(dollar|euro|pound|yen|yuan|franc|greenback)\b", re.IGNORECASE)


def price_of(f: Figure, text: str) -> str:
    """The currency a sum is an exchange rate against ("per dollar" -> "dollar"), or ""."""
    m = _PER_CURRENCY.match(text[f.end:f.end + 30])
    return fold(m.group(1)) if m else ""


def per_period(f: Figure, text: str) -> str:
    """The period a sum is given per ("$23 million per season", "£40,000 a year"), or ""."""
    m = _RATE_AFTER.match(text[f.end:f.end + 20])
    return fold(m.group(0).split()[-1]) if m else ""


def is_conversion(f: Item) -> bool:
    """A money amount or a measure in brackets after another: the same sum or length
    converted ("about 18 km (11 miles)", "35 km (22 miles)"): compared by the figure it
    converts."""
    measure = bool(MEASURE.fullmatch(fold(f.fig.unit)))
    return (f.fig.kind == "money" or measure) and converted_at(f.doc.article.text, f.fig.start)


# A conversion or aside in brackets right after a number ("$41.2bn (£30.6bn) in US
# imports", "400 km (250 miles) downrange"), or the bracket closing one.
BRACKET_AFTER = re.compile(r"^\s*(?:\([^()]{1,30}\)|\))")


def converted_at(text: str, start: int) -> bool:
    """Does a number at ``start`` stand in brackets right after another ("68 miles (110
    kilometers)")?"""
    return bool(_CONVERTED_BEFORE.search(text[max(0, start - 30):start]))


def is_rate(f: Item) -> bool:
    """A rate or an average, not a count: "eight rebounds a game", "8.6 rebounds" (a count
    of things in a fraction is an average); or an offset, not a span ("nine days before the
    vote"): compared only with another of its sort."""
    if (f.fig.kind not in ("count", "duration") or f.fig.unit.endswith("magnitude")
            or is_depth(f.fig.unit)):
        return False  # a magnitude is a reading, whole ("6.0") or not ("6.4"); a depth a
        # length (in kilometres, however told: "about 24 miles" is 38.6)
    if (f.fig.kind == "count" and not float(f.fig.value).is_integer()
            and fold(f.fig.unit) not in MEASURE_CLASS):
        return True
    after = f.doc.article.text[f.fig.end:f.fig.end + 20]
    # a length is no offset: "140 km before its engines shut down"; nor a count of things
    # that are no steps of time: "some 60 aftershocks after Friday's quake"
    return bool(_RATE_AFTER.match(after)
                or ((f.fig.kind == "duration" or stem(fold(f.fig.unit)) in _STEPS)
                    and _OFFSET_AFTER.match(after)
                    and not _CLAUSE_AFTER.match(f.doc.article.text, f.fig.end)))


def busy_comparable(a: Item, b: Item, busy: set[tuple[int, str]]) -> bool:
    """A number of an article that counts the unit for many things ("six touchdowns",
    "nine touchdowns", "two touchdowns") compares with another outlet's only as a near miss
    ("missed nine games" / "missed 10 games"), not as a far one ("a 10-game stretch" / "a
    three-game streak"): far apart, they are two of its many things. Two values written
    with the same digits in another order ("$9.6 million" / "$6.9 million") are one
    value mistyped, however far apart, and so are two of as many digits, one different
    ("€180 million" / "€280 million")."""
    cls = unit_class(a.fig.unit)
    if (a.doc.order, cls) not in busy and (b.doc.order, cls) not in busy:
        return True
    return (value_ratio(a.fig, b.fig) <= _BUSY_NEAR or transposed(a.fig, b.fig)
            or one_digit_off(a.fig, b.fig))


# Statistics of games and players, recorded exactly and told of many games, seasons and
# players. Only words used for nothing else: "points" (an index, a poll lead), "yards" (a
# distance), "shots" (gunfire), "goals" (aims) and "games" (a streak's length, games
# missed) count other things too.
_GAME_STATS = frozenset(stem(w) for w in wordset(
    "rebound rebounds assist assists touchdown touchdowns carry carries reception receptions "
    "interception interceptions sack sacks tackle tackles rushing rushings inning innings "
    "strikeout strikeouts homer homers wicket wickets steal steals"))


def game_stat_comparable(a: Item, b: Item, near: float) -> bool:
    """Two values of a game statistic compare only as a near miss: one apart ("seven
    rebounds" / "eight") or within ``game_stat_near`` of each other."""
    if unit_class(a.fig.unit) not in _GAME_STATS:
        return True
    return abs(a.fig.value - b.fig.value) <= 1 or value_ratio(a.fig, b.fig) <= near


_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def same_moment_floors(a: Item, b: Item, ratio: float) -> bool:
    """Two lower bounds far apart ("more than 70 aftershocks" / "at least 150"), each of a
    count taken at the same stated moment ("as of 0600 GMT on Wednesday" / "by 0600 GMT on
    Wednesday"), at least ``ratio`` apart: both hold in arithmetic, but one count at one
    moment is one number."""
    if a.fig.bound not in (">", ">=") or b.fig.bound not in (">", ">="):
        return False
    if value_ratio(a.fig, b.fig) < ratio:
        return False
    ma = moment_words(a.doc.sentence_text(a.fig.sentence))
    mb = moment_words(b.doc.sentence_text(b.fig.sentence))
    if not ma or not mb:
        return False
    # one moment, a weekday said by one only ("by the evening" / "by Wednesday evening")
    da, db = set(ma) & _WEEKDAYS, set(mb) & _WEEKDAYS
    return set(ma) - da == set(mb) - db and not (da and db and da != db)


_PART_BEFORE = re.compile(r"\b\d[\d,.]*\s+of\s+(?:the|its|their|his|her)\s+"
                          r"(?:[\w-]+['’]s\s+)?$", re.IGNORECASE)


_OF_A_GROUP = re.compile(r"\s+of\s+(?:the|its|their|those|these)\b", re.IGNORECASE)


def part_of(f: Item) -> bool:
    """Is the figure a part of a group ("two of the wards"): not the group's own count?"""
    return bool(_OF_A_GROUP.match(f.doc.article.text, f.fig.end))


def one_more_after(f: Item) -> bool:
    """Does the sentence name one more of what the figure counts after it ("two cubesats
    built by students, A and B, and C, a demonstration cubesat from a start-up")? Then the
    figure counts some of them, not all."""
    unit = f.fig.unit.lower()
    if f.fig.kind != "count" or len(unit) < 4 or not unit.endswith("s"):
        return False
    sent = f.doc.sentence(f.fig.sentence)
    if sent is None:
        return False
    rest = f.doc.article.text[f.fig.end:sent.end]
    return re.search(r"\b(?:a|an|another|one more)\s+(?:[\w-]+\s+){0,3}"
                     + re.escape(unit[:-1]) + r"\b", rest, re.IGNORECASE) is not None


def whole_of_part(f: Item) -> bool:
    """Is the figure the whole a part is counted out of ("32 of the booster's 33 Raptor
    engines": 33)?"""
    text = f.doc.article.text
    return bool(_PART_BEFORE.search(text[max(0, f.fig.start - 40):f.fig.start]))


# A number a thing must reach, not one it reached: "the 172 seats needed for a majority",
# "the 50 votes required".
_THRESHOLD_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:needed|required|necessary)\b|"
                              r"\s*(?:and|or)\s+(?:above|over|greater|higher|more|larger|"
                              r"stronger|bigger)\b", re.IGNORECASE)


def is_threshold(f: Item) -> bool:
    """Is the figure a threshold ("the 172 seats needed for a majority", "aftershocks of
    magnitude 1.5 and above")?"""
    return bool(_THRESHOLD_AFTER.match(f.doc.article.text, f.fig.end))
