"""Figures aligned across a story's articles: the same quantity, agreeing or not.

Two figures of different articles measure the same thing when unit and kind match and
either their ``about`` nouns agree or their sentences are alike. Equal values (bounds
normalised: "more than 100%" and "above 100%" agree) corroborate each other. Different values
for the same thing are a ``figure`` discrepancy, but only when neither article also gives
the other's value (two numbers in one sentence, "30 days used, 60 left", are not a conflict).
Numbers in unlike sentences are also aligned through a measure key each article gives
alone (``measure_keys``: "the tremor lasted 30 seconds" / "a definite tremor for one minute").
Two values of which one telling each is dated clearly apart or told at another score are
two happenings' (``apart``); a number that moves with time, in reports weeks apart, is two
moments' (``updates``).
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable

from rapidfuzz import fuzz

from storyline.records import Figure

from .ages import age_text, ages, is_age, name_words, one_person
from .apart import days_apart, earlier_decision, groups_apart, other_scorelines
from .evidence import Doc, UnionFind, dedupe_citations, independent_outlets
from .figure_items import (
    NOT_LONE,
    Item,
    busy_comparable,
    busy_units,
    game_stat_comparable,
    is_conversion,
    is_rate,
    is_threshold,
    lone_counts,
    one_more_after,
    part_of,
    per_period,
    price_of,
    same_fate,
    same_lead,
    same_moment_floors,
    whole_of_part,
)
from .figure_values import (
    article_dollar,
    as_written,
    compatible_values,
    distinctive,
    duration_text,
    format_value,
    in_seconds,
    local_dollar,
    negated_bound,
    neighbours_swapped,
    one_digit_off,
    same_value,
    story_dollar,
    value_ratio,
)
from .forecasts import forecast_verb, other_forecasters
from .games import two_moments, two_occasions
from .garbled import garbled_at, lost_halves
from .happening_lengths import deployment_point
from .holders import holder, list_holders, share_holders, subjects
from .lone_measures import locates, lone_measures
from .magnitudes import (
    agencies,
    credited_agencies,
    is_depth,
    other_agencies,
    other_quakes,
    with_magnitudes,
)
from .measure_keys import KeyIndex
from .model import AlignedFigure, Discrepancy, DiscrepancyValue, FigureValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .percent_points import as_points, same_level
from .rate_steps import is_step, lone_steps, two_setters, with_rate_steps
from .same_happening import (
    different_times,
    one_distance,
    other_countries,
    other_places,
    other_quantity,
    reference_place,
    running,
)
from .same_measure import (
    count_sort,
    disjoint_holders,
    modified_head,
    of_the_whole,
    opposite_moves,
    other_model,
    same_modified_thing,
    same_poll,
)
from .space import SentenceSpace
from .spans import as_written_span, one_rounding, with_spans
from .text import CHANGE_BEFORE, NUMBER_WORDS, SEVERAL_MONTHS, fold, numbers, stem, wordset
from .trade_targets import other_targets
from .units import LENGTHS, MEASURE_CLASS, unit_class
from .updates import (
    TURNOUT,
    days_between,
    earlier_counts,
    early_floor,
    is_tally,
    later_report,
    later_update,
    moved,
    partial_count,
    running_tally,
    tally_values,
    the_stage,
    timed,
    told_earlier,
    update_note,
)
from .votes import partitive_split, with_splits

__all__ = ["about_key", "align_figures", "compatible_values", "format_value", "in_one_area",
           "is_tally", "timed"]

log = logging.getLogger(__name__)

_SKIP_KINDS = wordset("ordinal year date time")
# "the 12000 block of Roosevelt Boulevard" is an address, not a count of blocks.
_ADDRESS_UNITS = wordset("block blocks")
_NAME_LABELS = wordset("ORG PERSON FAC PRODUCT EVENT LAW WORK_OF_ART")
# "about" words that say nothing about what is measured ("old" of "23-year-old": the age
# is of the noun after it, "23-year-old man" and "20-year-old daughter" are two people).
_GENERIC_ABOUT = wordset(
    "day week month year hour minute percent % people time number point thing one more old"
)


# Sentence similarity for a near measure of one named person or place in both sentences.
_SHARED_MEASURE_SENT = 0.1
# Sentence similarity at which a compound's noun ("a 90-day pause") named in the other
# sentence ("pause … for 60 days") says what the other number measures.
_HEAD_NAMED_SENT = 0.5
# A part of a group and a plain count compare only in sentences this alike.
_PART_PLAIN_SENT = 0.5
# How alike two abouts are when one only repeats the unit counted (both count that unit).
_UNIT_ABOUT_SIM = 0.8


# A central bank's main rate as outlets name it ("lowered borrowing costs by 50 basis points"
# / "cut its key overnight rate by 25 basis points"; "interest rates" / "policy rate"); not
# its deposit, lending or refinancing rates, which are other rates.
_RATE_PHRASE = re.compile(r"\b(?:borrowing costs?|cost of borrowing|(?:interest|policy|benchmark|"
                          r"key|bank|base|cash|overnight|official) rates?)\b")
# One thing, several names: a tariff is also a levy or a duty ("levies on imports"); a fine
# is a penalty.
_ABOUT_CLASS = {**{w: "tariff" for w in wordset("tariff tariffs levy levies duty duties")},
                **{w: "fine" for w in wordset("fine fines penalty penalties")}}
# Nouns of a move, not of the thing moved ("a quarter-point cut"): in points, a rate's move.
_MOVE_ABOUTS = frozenset({"cut", "hike", "reduction", "increase", "rise", "move", "raise"})


def _norm_about(about: str | None) -> str:
    if not about:
        return ""
    text = _RATE_PHRASE.sub("rate", fold(about).replace("-", " "))
    words = [MEASURE_CLASS.get(w) or _ABOUT_CLASS.get(w) or stem(w)
             for w in text.split() if w.isalpha()]
    words = [w for w in words if w not in _GENERIC_ABOUT]
    return " ".join(words)


about_key = _norm_about  # the about's words as figures compare them (``moves``)


_REST_BEFORE = re.compile(r"\b(?:other|remaining|rest of the)\s+$", re.IGNORECASE)


# (after the number: "two more ships", not the bound "more than 40")
# ("five minor candidates split the rest": a part of the field too)
# ("the three leading candidates", "the two dissenting magistrates": the part picked out)
_MORE_OF = re.compile(r"\b(?:extra|additional|further|other|minor|fringe|remaining|"
                      r"small(?:er)?(?:-party)?|leading|front-?running|dissenting|"
                      # ("after two scrubbed attempts" / "all three attempts")
                      r"scrubbed|failed|aborted|unsuccessful|successful)\b|"
                      r"\w\s+more\s+\w")


def _rest_of_group(f: Item) -> bool:
    """A count of the rest of a group ("the other four justices") or of more of it ("two
    extra life sentences", "three additional ships"): a part, not the whole."""
    text = f.doc.article.text
    return bool(_REST_BEFORE.search(text[max(0, f.fig.start - 20):f.fig.start])
                or _MORE_OF.search(fold(f.fig.text)))


def _vote_share(f: Figure) -> bool:
    """A percentage of the vote ("28.0% of the vote", "23.8 per cent of the votes")."""
    return f.kind == "percent" and f.unit == "%" and "vote" in fold(f.about or "")


_ORBIT = re.compile(r"\borbit")
# an orbit's two heights ("200 by 500 km", "an apogee of …") are two numbers
_ORBIT_ENDS = re.compile(r"\b(?:apogee|perigee|by)\b|\d\s*(?:-|to)\s*\d")


# Another round or race of the candidate's, whose shares are other numbers.
_OTHER_ROUND = re.compile(r"\b(?:first|second|initial|opening|earlier|previous)\s+round|"
                          r"\bprimar(?:y|ies)\b|\b(?:last|previous)\s+(?:election|race|vote)|"
                          r"\b(?:in|since)\s+(?:19|20)\d\d\b")


def _of_votes(f: Item) -> bool:
    """A percentage told in a sentence of votes: of the vote, or beside a count of votes."""
    return _vote_share(f.fig) or "votes" in fold(f.doc.sentence_text(f.fig.sentence))


def _age(f: Item) -> bool:
    """A person's age ("23-year-old"): comparable only for one named or described person."""
    return f.fig.unit == "year" and fold(f.fig.about or "").startswith("old")


# People described by nothing but their sex or age ("a 50-year-old man").
_ANYONE = wordset("man men woman women boy boys girl girls person people male female adult "
                  "teenager teen youth")


def _anyone(f: Item) -> bool:
    """An age of someone described only as "a man", "a woman", "a teenager"."""
    words = fold(f.fig.about or "").split()
    return bool(words) and words[-1] in _ANYONE


# Units of a team's or player's tallies: a season's many games and records share the team's
# name in every sentence ("the Saints' 16 games" / "led the Saints … in 14 games").
_SPORT_TALLIES = frozenset(stem(w) for w in wordset(
    "games record records wins losses seasons goals yards touchdowns runs matches"))


def _change(f: Item) -> bool:
    """Is the percentage told as a change ("down 12.4%", "a fall of 21.4%")?"""
    return bool(CHANGE_BEFORE.search(f.doc.article.text, max(0, f.fig.start - 25), f.fig.start))


def _swapped_sum(a: Item, b: Item) -> bool:
    """Two sums of one currency whose digits differ by two neighbours swapped."""
    return (a.fig.kind == b.fig.kind == "money" and a.fig.unit == b.fig.unit
            and neighbours_swapped(a.fig.value, b.fig.value))


def _may_conflict(a: Item, b: Item, about: float | None, sent: float,
                  options: ReconcileOptions = DEFAULT_OPTIONS) -> bool:
    """Could two different values be two outlets' numbers for one thing?"""
    if a.subjects and b.subjects and not a.subjects & b.subjects:
        # two people's numbers: one player's points against another's; but a sum with two
        # digits swapped in alike sentences is one sum mistyped, whoever each sentence
        # makes its subject ("ordered the confiscation of DKK 41.2 million from Vestergaard"
        # / "The High Court … raised the amount … to DKK 14.2 million")
        return _swapped_sum(a, b) and sent >= options.swapped_sum_sent
    if _rest_of_group(a) != _rest_of_group(b):
        return False  # "the other four justices agreed" / "the panel of five justices"
    lo, hi = sorted((abs(a.fig.value), abs(b.fig.value)))
    ratio = hi / lo if lo > 0 else float("inf")
    if unit_class(a.fig.unit) in LENGTHS and locates(a.doc, a.fig) != locates(b.doc, b.fig):
        return False  # "fell some 400 km (250 miles) downrange" / "an orbit of 310 miles"
    if (unit_class(a.fig.unit) in LENGTHS and one_distance(a.doc, a.fig, b.doc, b.fig)):
        # "1,500 km south of Tehran" / "1,150 km southeast of Tehran": one distance from a
        # named place (``ReconcileOptions.distance_*``)
        return ratio <= options.distance_ratio and sent >= options.distance_same_place
    if unit_class(a.fig.unit) in LENGTHS and (
            (ra := reference_place(a.doc, a.fig)) and (rb := reference_place(b.doc, b.fig))
            and ra != rb):
        return False  # "11 km south-southwest of San Pablo" / "55 km west of Quetzaltenango":
        # distances from two places
    if a.fig.kind == "money" and per_period(a.fig, a.doc.article.text) and per_period(
            a.fig, a.doc.article.text) == per_period(b.fig, b.doc.article.text):
        # "$23 million per season" / "roughly $22 million per season": one sum per
        # period, whatever noun each sentence hangs it on ("deal", "offer")
        about = max(about or 0.0, 1.0)
    if a.fig.kind == "money" and price_of(a.fig, a.doc.article.text) != price_of(
            b.fig, b.doc.article.text):
        return False  # "26,200 dong per dollar" / "about 92 trillion dong": a rate, a sum
    shared = bool(a.names & b.names)  # the same company, person or place in both sentences
    if (a.fig.unit == b.fig.unit == "%" and a.subjects & b.subjects
            and a.fig.bound == b.fig.bound == "=" and ratio <= 1.3
            and (_vote_share(a.fig) or _vote_share(b.fig)) and _of_votes(a) and _of_votes(b)
            and not any(_OTHER_ROUND.search(fold(f.doc.sentence_text(f.fig.sentence)))
                        for f in (a, b))):
        # one candidate's exact share ("Alvarado with 41,820 votes, or 53.4%" / "… was
        # elected mayor, winning 52.4% of the vote"), however unlike the sentences
        return sent >= options.candidate_share_sent
    if (neighbours_swapped(a.fig.value, b.fig.value) and a.fig.kind == b.fig.kind == "percent"
            and _change(a) and _change(b) and sent >= options.swapped_change_sent):
        return True  # "down 12.4% from 1,301 tonnes" / "a fall of 21.4% y/y": one change,
        # two digits swapped, however each sentence names what fell
    if about is not None and about < 0.5 and not shared:
        return False
    if _age(a) and _age(b) and not shared and (about is None or about < 0.8):
        return False  # "the 23-year-old man", "her 20-year-old daughter": two people
    if (_age(a) and _age(b) and not shared and (_anyone(a) or _anyone(b))
            and sent < options.age_same_person):
        return False  # "a 61-year-old man was charged" / "a 50-year-old man tipped off police"
    if a.fig.kind == "vote":  # a story reports one decision's split; two splits disagree
        # (not an earlier decision's: "Compare January, when … by four votes to three")
        return not (earlier_decision(a.doc, a.fig) or earlier_decision(b.doc, b.fig))
    if neighbours_swapped(a.fig.value, b.fig.value) and ((about or 0) >= 0.5 or sent >= 0.2):
        return True  # "$14.2 billion" / "$41.2bn": two digits swapped, a typo of one value
    if is_depth(a.fig.unit):  # one quake has one depth, however unlike the sentences;
        # nearer than ``depth_min_ratio``, a rounding or a conversion ("10 km" / "about six
        # miles", "9.7 km" / "about 10 km")
        return options.depth_min_ratio <= ratio <= options.depth_ratio
    if (unit_class(a.fig.unit) in LENGTHS and ratio <= options.orbit_ratio
            and all(_ORBIT.search(fold(f.doc.sentence_text(f.fig.sentence))) for f in (a, b))
            and not any(_ORBIT_ENDS.search(fold(f.doc.sentence_text(f.fig.sentence)))
                        for f in (a, b))):
        return sent >= 0.15  # one orbit's height ("an orbit roughly 350 kilometres above
        # the Earth" / "a 530-kilometer orbit"), however unlike the sentences
    if a.fig.unit == "magnitude":  # and one magnitude
        return abs(a.fig.value - b.fig.value) <= options.magnitude_max_apart
    if ratio <= 1.3:  # reported discrepancies are near misses
        if shared and fold(a.fig.unit) in MEASURE_CLASS:
            # "Buckley fell 700 meters" / "Buckley fell about 600 metres": one person's
            # distance (or weight) told in otherwise different sentences
            return sent >= _SHARED_MEASURE_SENT
        if (about is not None and about >= 0.9 and shared
                and stem(fold(a.fig.unit)) not in _SPORT_TALLIES):
            return sent >= options.named_thing_sent
        if (about is not None and about >= 0.9) or shared:
            return sent >= 0.15
        if a.fig.kind == "money" and ratio <= 1.25:  # "$4.6 billion" vs "$4.1 billion"
            return sent >= 0.15
        return sent >= 0.25
    if (about or 0) >= 0.8 and shared and one_digit_off(a.fig, b.fig):
        return sent >= 0.15  # "exports rose 8.2% in October" / "rose 6.2% in October", the
        # same body named: one digit off, a slip of one value however far apart
    if a.fig.unit == b.fig.unit == "pp" and (about or 0) >= 0.8:
        # one rate moved by a quarter or a half point ("cut by 25 basis points" / "lowered
        # borrowing costs by 50 basis points"): sizes of one move are halves and doubles;
        # or taking it to the same level ("… to 4 per cent" / "… to 4%")
        return (sent >= options.rate_move_same_event
                or same_level(a.doc, a.fig, b.doc, b.fig))
    return sent >= (0.3 if (about or 0) >= 0.8 else 0.5)


# A part of the period a number is counted over: "in the first hour after the decision",
# "within an hour", "during the night", "in early trading".
_WINDOW = re.compile(r"\b(?:in|within|during|over)\s+(?:the\s+)?(?:first|opening)\s+(?:\w+\s+)?"
                     r"(?:hours?|minutes?|days?|week)\b|\bwithin\s+(?:an?|one|\w+)\s+(?:hours?|"
                     r"minutes?)\b|\b(?:during|through|over)\s+the\s+night\b|"
                     # ("overnight" as a time, not "the key overnight rate")
                     r"\bovernight(?=\s*(?:[,.;]|$|\s+(?:on|to|into|in|and|from|after|"
                     r"before|while)\b))|"
                     r"\bin\s+early\s+trading\b", re.IGNORECASE)


def _window(f: Item) -> str:
    """The part of the period the number is counted over, as its sentence words it ("in
    the first hour"), or "": "about 300 calls in the first hour" and "more than 400 calls
    during the night" are two counts, "rose about 4 basis points in the first hour" is no
    day's move."""
    if _age(f) or f.fig.kind in ("duration", "vote"):
        return ""  # (an age or a length is of no period: "an 87-year-old man … in the
        # first hours")
    text = f.doc.article.text  # (the window's words next to the number: its own clause)
    m = _WINDOW.search(text, max(0, f.fig.start - _WINDOW_NEAR), f.fig.end + _WINDOW_NEAR)
    return re.sub(r"\s+", " ", fold(m.group(0))) if m else ""


_WINDOW_NEAR = 40  # characters either side of a number its window is read in


def _two_sides(a: Item, b: Item) -> bool:
    """Two shares of one whole, one side's each ("won … with 56.4%, defeating Hendry, who took
    43.6%" / "taking … 56.4 per cent"): they add up to 100 and one of the articles gives both,
    so the other's is the first side's share, not a conflict."""
    if not (a.fig.unit == b.fig.unit == "%" and a.fig.value_max is None
            and b.fig.value_max is None
            and abs(a.fig.value + b.fig.value - 100) <= _SIDES_SLACK):
        return False
    def gives(f: Item, value: float) -> bool:  # (the article's own percentages, read once)
        return any(g.unit == "%" and abs(g.value - value) < 1e-9
                   for g in f.doc.analysis.figures)
    return gives(a, b.fig.value) or gives(b, a.fig.value)


_SIDES_SLACK = 0.15  # two shares rounded to a tenth may add up to 99.9 or 100.1


def _other_forecasters_named(a: Item, b: Item, forecast: list[bool], i: int, j: int) -> bool:
    """Two forecasts (``forecast``: read once per figure) whose sentences name different
    people or bodies (or one names someone, the other nobody: "She expects 7.25%" / "Sergio
    Lozano … expects … 7.5 per cent"): two forecasters' numbers, not one told two ways."""
    return forecast[i] and forecast[j] and a.names != b.names and not a.names & b.names


def _told_before(f: Item) -> str:
    """The words of the figure's sentence before it: who forecasts it ("The IMF expects
    growth of 1.3%"), not whom it is set against after it ("… than economists expected")."""
    s = f.doc.sentence(f.fig.sentence)
    return f.doc.article.text[s.start if s is not None else 0:f.fig.start]


def _ages_apart(a: Item, b: Item, options: ReconcileOptions) -> int:
    """How many years apart one named person's two ages may be and still be compared: a
    slip's year undated, more in reports dated days apart (one moment: "42" / "45")."""
    days = days_between(a.doc, b.doc)
    if days is not None and days <= options.age_dated_within_days:
        return options.age_max_apart_dated
    return options.age_max_apart


# A value assumed or projected ("assumes a copper price averaging $4.60 a pound this year")
# and one observed in a market ("copper traded near $4.90 a pound"): two quantities.
_PROJECTED = re.compile(r"\b(?:assum\w*|averag(?:e|es|ing)|project\w*|forecast\w*|estimat\w*|"
                        r"expect\w*|predict\w*|scenario)\b", re.IGNORECASE)
_TRADED = re.compile(r"\b(?:traded|trading|trades|closed|settled|changed hands|was quoted)\b",
                     re.IGNORECASE)
_PRICE_CLAUSE = 60  # characters before a price read for its verb
# Members of a voting body counted on a side of its vote ("the two members in the minority" /
# "Five members … wanted the cut"): the sides are the vote's split, read by ``votes``.
_BODY_MEMBERS = frozenset({"member", "members", "judge", "judges", "justice", "justices",
                           "magistrate", "magistrates", "juror", "jurors",
                           "policymaker", "policymakers", "director", "directors"})
# (a court's separate opinions are a side too: "Four justices wrote separate opinions")
_SIDE = re.compile(r"\b(?:minority|majority|dissent\w*|wanted|backed|favou?r\w*|preferred|"
                   r"voted|supported|opposed|concurr\w*|separate opinions?|would have)\b",
                   re.IGNORECASE)
# A magnitude foreseen, not recorded: "would expect aftershocks in the magnitude 5 range", "a
# later aftershock above magnitude 5 is possible".
# (or of quakes in general: "Earthquakes above magnitude 4 occur in the wider region only
# every few decades", "A magnitude 5 event can change the stress on faults", "quakes above
# magnitude 4 cannot be ruled out")
_EXPECTED = re.compile(r"\b(?:expect\w*|possible|possibly|could|can|cannot|ruled out|might|"
                       r"likely|unlikely|"
                       r"forecast\w*|occur|rarely|every (?:few |\w+ )?(?:years|decades|"
                       r"centur(?:y|ies)))\b", re.IGNORECASE)
# A time before a launch, not a length of flight: "halted nine minutes before liftoff".
_COUNTDOWN = re.compile(r"\s+(?:(?:before|ahead of|prior to)\s+(?:the\s+)?(?:planned\s+|"
                        r"scheduled\s+)?(?:liftoff|lift-off|launch|ignition|take-?off)\b|"
                        r"(?:to go|left)\b)", re.IGNORECASE)  # ("with nine minutes to go")
# A region's share told against the whole's: "Turnout in Chiriqui was 71.2%, above the
# national figure".
REGIONAL = re.compile(r"\b(?:above|below|than|against|compared with)\s+the\s+(?:national|"
                      r"overall|countrywide|nationwide)\b", re.IGNORECASE)

# A share won in one area of the race ("won Allegan County with 61.8% of the vote", "took
# 58% in Van Buren County"): an area's, not the whole race's.
_AREA = (r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:County|Parish|Province|District|Borough|Ward|"
         r"Township|Precinct|Municipality|Prefecture)\b")
_AREA_BEFORE = re.compile(r"\b(?:won|carried|took|lost|in)\s+(?:the\s+)?" + _AREA
                          + r"[^.;]{0,15}?\bwith\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$")
_AREA_AFTER = re.compile(r"\s*(?:of\s+the\s+(?:vote|votes|ballots)\s+)?in\s+(?:the\s+)?" + _AREA)

def in_one_area(doc: Doc, fig: Figure) -> bool:
    """Is the share told as won in one area of the race ("won Allegan County with 61.8%")?"""
    text = doc.article.text
    sent = doc.sentence(fig.sentence)
    before = text[max(sent.start if sent is not None else 0, fig.start - 80):fig.start]
    return bool(_AREA_BEFORE.search(before) or _AREA_AFTER.match(text, fig.end))


# A share told of some of the places voting ("more than 60% of the vote in parts of
# Gangnam", "in several districts").
IN_PARTS = re.compile(r"\s+(?:of the (?:vote|votes|ballots)\s+)?in\s+(?:parts|some|several|many|"
                      r"most|a few|a number|a handful)\b", re.IGNORECASE)

# Counts added up in the sentence: a coalition's seats, "A + B + C: 51 seats".
SUMMED = re.compile(r"\w\s+\+\s+\w")

# A share averaged over several places or ballots ("turnout across the three municipal
# elections averaged 44.1 per cent"): not any one's.
AVERAGED = re.compile(r"\baverag(?:ed|es|ing)\b|\bon average\b|\ban average\b", re.IGNORECASE)


def _marks(f: Item) -> frozenset[str]:
    """What a figure's own words say of it, for ``_unlike``: "projected" or "traded" (the
    clause before a value), "countdown", "stage" (a count's stage itself, "with 60 of the 73
    stations counted"), "regional", "average" (a share averaged over several), "months" (a
    sum or a change over several months, "in the first nine months"), "expected" (a
    magnitude foreseen), "deployment start" or "deployment end" (a length to a deployment's
    first or last release), "member" and "side" (a voting body's members, on a side of its
    vote), "converted" (a sum "the equivalent of" another currency's), "some" (a count with
    one more of its kind named after it), "sum" (counts added up, "A + B: 51 seats"),
    "towards" (a direction, "back towards US$1 billion"), "intraday" or "close" (a market's
    move during its session, or at its close), "vote share" or "turnout" (a share of the
    votes cast, or of the voters), "peak" or "now" (a count at its highest, or as it
    stands), "since …" (a span counted from a moment: "after the quake", "after it"),
    "running total" (a count summed over several occasions)."""
    text = f.doc.article.text
    said = f.doc.sentence_text(f.fig.sentence)
    sent = f.doc.sentence(f.fig.sentence)
    clause = text[max(sent.start if sent is not None else 0, f.fig.start - _PRICE_CLAUSE):
                  f.fig.start]
    marks = {"projected"} if _PROJECTED.search(clause) else set()
    if _TRADED.search(clause):
        marks.add("traded")
    if f.fig.kind == "duration" and _COUNTDOWN.match(text, f.fig.end):
        marks.add("countdown")
    if f.fig.kind == "duration" and (point := deployment_point(said)):
        marks.add(f"deployment {point}")  # "deployment began …" / "the last satellite …"
    if the_stage(f.doc, f.fig):
        marks.add("stage")
    if f.fig.kind == "percent" and (REGIONAL.search(said) or IN_PARTS.match(text, f.fig.end)
                                    or in_one_area(f.doc, f.fig)):
        marks.add("regional")
    if f.fig.kind == "percent" and AVERAGED.search(clause):
        marks.add("average")
    if f.fig.kind in ("money", "percent") and SEVERAL_MONTHS.search(said):
        marks.add("months")
    if "magnitude" in f.fig.unit and _EXPECTED.search(said):
        marks.add("expected")
    if fold(f.fig.unit) in _BODY_MEMBERS:
        marks.add("member")
        if _SIDE.search(said):
            marks.add("side")
    if f.fig.kind == "money" and _CONVERTED_SUM.search(text, max(0, f.fig.start - 30),
                                                          f.fig.start):
        marks.add("converted")
    if one_more_after(f):
        marks.add("some")
    if f.fig.kind == "count" and SUMMED.search(said):
        marks.add("sum")  # "Civic Alliance + National Bloc + Green Regions: 51 seats"
    if _TOWARDS.search(text, max(0, f.fig.start - 30), f.fig.start):
        marks.add("towards")
    if f.fig.kind == "percent" and _OF_THE_VOTES.match(text, f.fig.end):
        marks.add("vote share")
    elif f.fig.kind == "percent" and TURNOUT.search(text, max(sent.start if sent else 0,
                                                           f.fig.start - 40), f.fig.end + 20):
        marks.add("turnout")
    if f.fig.kind == "count" and _BY_PLACE_AFTER.match(text, f.fig.end):
        marks.add("regional")  # "five people had died in Chitral, three in Swat": a place's
    if f.fig.kind == "count" and _PEAK.search(said):
        marks.add("peak")  # "41,000 customers lost power at the peak of the outages"
    elif f.fig.kind == "count" and _STANDS_NOW.search(said):
        marks.add("now")  # "about 38,000 customers are still without power"
    if f.fig.kind in ("percent", "money") and _INTRADAY.search(said):
        marks.add("intraday")
    elif f.fig.kind in ("percent", "money") and _AT_CLOSE.search(said):
        marks.add("close")
    if f.fig.kind == "count" and _RUNNING.search(said) and not is_tally(said):
        marks.add("running total")  # "seized a total of 14 rifles during its five operations"
    if f.fig.kind == "duration" and (since := _SINCE.match(text, f.fig.end)):
        word = since["what"].lower()
        marks.add("since " + next((name for name, words in _ONE_MOMENT.items()
                                   if word in words), word))
    return frozenset(marks)


# A count summed over several occasions ("has thus far confiscated 14 rifles", "seized a
# total of 14 … during the five operations it carried out") against one occasion's count:
# two figures (a casualty toll as it stands is an update, read by ``updates``).
_RUNNING = re.compile(
    r"\b(?:(?:during|in|over|across)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|previous|"
    r"past|earlier|recent)\s+(?:[\w-]+\s+)?(?:operations|missions|raids|patrols|"
    r"deployments|interceptions|seizures|sorties|searches|boardings)|thus far|to date|"
    r"so far\b[^.;]*\b(?:has|have)|(?:has|have)\b[^.;]*\bso far)\b", re.IGNORECASE)


# A span counted from a moment ("five minutes after the mainshock" / "about two hours after
# it was issued"): spans from two moments are two spans.
_SINCE = re.compile(r"\s+after\s+(?:the\s+|its\s+|their\s+)?"
                    r"(?P<what>[\w-]+)", re.IGNORECASE)
# Words outlets vary for one moment ("after the quake" / "after the mainshock", "after
# liftoff" / "after launch").
_ONE_MOMENT = {
    "the quake": frozenset({"quake", "earthquake", "mainshock", "main", "tremor", "shock",
                            "shaking"}),
    "the launch": frozenset({"liftoff", "lift-off", "launch", "launching", "takeoff",
                             "take-off", "blastoff", "lifting", "leaving", "launched"}),
}


# A market's move or price told during the session and one told at its close ("rose 2.6%
# within an hour of the decision" / "finished up 3.2%"; "4,412 ringgit a tonne in morning
# trade" / "settled at 4,334 ringgit"): two moments of a price, read in its sentence.
_INTRADAY = re.compile(r"\b(?:within (?:an|the first|half an) hour|in (?:early|morning|"
                       r"afternoon|late|midday|intraday) (?:trade|trading|deals)|intraday|"
                       r"at one (?:point|stage)|earlier in the (?:session|day)|"
                       r"(?:minutes|moments|shortly|immediately|soon) after the "
                       r"(?:decision|announcement|release|ruling|data))\b", re.IGNORECASE)
_AT_CLOSE = re.compile(r"\b(?:closed|closing|finished|ended the (?:day|session)|"
                       r"at the close|settled)\b", re.IGNORECASE)


# A count told place by place ("five people had died in Chitral, three in Swat and one in
# Lower Dir"): each number one place's, none the whole.
_BY_PLACE_AFTER = re.compile(
    r"[^.;,]{0,25}?\bin\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?:and\s+)?"
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:\w+\s+)?in\s+[A-Z]")


# A count at its highest and one as it stands ("outages peaked at about 41,000 customers" /
# "about 38,000 customers are still without power"): two moments of one count.
_PEAK = re.compile(r"\b(?:at (?:the|its) (?:peak|height|worst)|peak(?:ed|ing)?\b|"
                   r"at one (?:point|stage)\b|at most\b)", re.IGNORECASE)
_STANDS_NOW = re.compile(r"\b(?:(?:are|is|were|was) still|still (?:without|in|out)|remain(?:s|ed)?|"
                         r"(?:are|is) (?:now |currently )?without|currently|as of)\b",
                         re.IGNORECASE)


# A share of the votes cast ("took 50.5% of the 9,531 valid votes"), never a turnout.
_OF_THE_VOTES = re.compile(r"\s*(?:per\s?cent\s+|percent\s+)?of\s+(?:the\s+)?(?:[\d,]+\s+)?"
                           r"(?:valid\s+|popular\s+|total\s+)?(?:votes?|ballots)\b", re.IGNORECASE)


# A sum told in another currency: "has raised the equivalent of about US$44 million".
_CONVERTED_SUM = re.compile(r"\b(?:the\s+)?equivalent\s+of\s+(?:about\s+|around\s+|some\s+|"
                            r"roughly\s+|nearly\s+)?$", re.IGNORECASE)


# A direction, not a value: "would take the monthly surplus back towards US$1 billion".
_TOWARDS = re.compile(r"\btowards?\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)

# never a value to set against another ("some": one more of the kind named after it;
# "towards": a direction; "expected": a magnitude foreseen or of quakes in general)
_NO_VALUE = frozenset({"countdown", "stage", "some", "towards", "expected"})


def _unlike(ma: frozenset[str], mb: frozenset[str]) -> bool:
    """Two figures whose own words say they are no two tellings of one value: a projection
    against a traded price, a countdown or a count's stage on either side, a region's share
    against the whole's, a magnitude foreseen against one recorded, a sum converted against
    one as told, members on two sides of a vote, a move during a session against one at its
    close, a count at its peak against one as it stands."""
    if (ma | mb) & _NO_VALUE:
        return True
    if (("projected" in ma and "traded" not in ma and "traded" in mb and "projected" not in mb)
            or ("projected" in mb and "traded" not in mb and "traded" in ma
                and "projected" not in ma)):
        return True
    since_a = {m for m in ma if m.startswith("since ")}
    since_b = {m for m in mb if m.startswith("since ")}
    if since_a and since_b and not since_a & since_b:
        return True
    if any((m in ma) != (m in mb)
           for m in ("regional", "converted", "average", "months", "sum",
                     "deployment start", "deployment end")):
        return True
    if ("running total" in ma) != ("running total" in mb):
        return True  # a sum over several occasions against one occasion's count
    if ("intraday" in ma and "close" in mb) or ("close" in ma and "intraday" in mb):
        return True
    if ("peak" in ma and "now" in mb) or ("now" in ma and "peak" in mb):
        return True  # a count at its highest against one as it stands
    if {"vote share", "turnout"} <= (ma | mb) and not ma & mb & {"vote share", "turnout"}:
        return True  # "took 50.5% of the valid votes" / "a turnout of 41.5%": two shares
    return "member" in ma and "member" in mb and ("side" in ma or "side" in mb)


def _two_happenings(a: Item, b: Item) -> bool:
    """The two figures are of different happenings or places (``same_happening``), games or
    moments of a game (``games``)."""
    return (different_times(a.doc, a.fig, b.doc, b.fig) or running(a.doc, a.fig, b.doc, b.fig)
            or other_places(a.doc, a.fig, b.doc, b.fig)
            or other_countries(a.doc, a.fig, b.doc, b.fig)
            or other_quantity(a.doc, a.fig, b.doc, b.fig)
            or two_moments(a.doc, a.fig, b.doc, b.fig)
            or other_scorelines(a.doc, a.fig, b.doc, b.fig)
            or two_occasions(a.doc, a.fig.sentence, b.doc, b.fig.sentence))


def _two_moments(a: Item, b: Item) -> bool:
    """Strong signs of two happenings: the sentences name days far apart, or other scores
    or records."""
    return (days_apart(a.doc, a.fig.sentence, b.doc, b.fig.sentence)
            or two_moments(a.doc, a.fig, b.doc, b.fig)
            or other_scorelines(a.doc, a.fig, b.doc, b.fig))


def _about_sim(a: Item, b: Item) -> float | None:
    """1 for the same thing, 0 for different things, None when either is unknown."""
    if not a.about or not b.about:
        return None
    sim = fuzz.token_set_ratio(a.about, b.about) / 100
    if a.fig.unit == b.fig.unit == "pp" and ({a.about, b.about} & _MOVE_ABOUTS):
        # "a quarter-point cut" / "cut its cash rate by 50 basis points": a move in points
        # is the rate's move, whatever noun the sentence hangs it on
        return max(sim, 0.8)
    # "923 rounds" (the unit is what is counted) and "300 rounds of ammunition": the same
    # unit counts the same thing, one outlet naming it more fully.
    if a.about == _norm_about(a.fig.unit) or b.about == _norm_about(b.fig.unit):
        return max(sim, _UNIT_ABOUT_SIM)
    return sim


# A span naming which debt a price is of ("the two-year Government of Canada bond", "the
# 10-year Treasury yield"): the bond's name, not a length of anything told.
_TENOR_AFTER = re.compile(r"(?:-long)?\s+(?:[A-Z][\w.]*\s+(?:of\s+)?){0,3}(?:bonds?|notes?|"
                          r"bills?|yields?|gilts?|treasur(?:y|ies)|bunds?|swaps?|paper|"
                          r"securities|JGBs?|OATs?|BTPs?)\b")


def _tenor(d: Doc, f: Figure) -> bool:
    return f.kind == "duration" and _TENOR_AFTER.match(d.article.text, f.end) is not None


def align_figures(docs: list[Doc], space: SentenceSpace,
                  options: ReconcileOptions = DEFAULT_OPTIONS,
                  ) -> tuple[list[AlignedFigure], list[Discrepancy]]:
    fs: list[Item] = []
    names: dict[tuple[int, int], set[str]] = defaultdict(set)
    for d in docs:
        for e in d.analysis.entities:
            if e.label in _NAME_LABELS:
                names[(d.order, e.sentence)].add(fold(e.text).removeprefix("the "))
    # A name in most sentences (the central bank of a rate story) says nothing specific.
    spread = Counter(n for ns in names.values() for n in ns)
    total = max(1, sum(len(d.analysis.sentences) for d in docs))
    common = {n for n, c in spread.items() if c > max(2, total // 5)}
    halves = lost_halves([d.article.text for d in docs])
    # Outlets speaking of percentage points: their "points" are too.
    story_points = any(f.kind == "percent" and f.unit == "pp"
                       for d in docs for f in d.analysis.figures)
    # Sums in one other country's dollars: its outlets' bare "$" are those dollars too.
    dollar = story_dollar([f for d in docs for f in d.analysis.figures])

    def read(d: Doc, f: Figure, own_dollar: str) -> Figure:
        """The figure as the story compares it: a bench's deciding part as its split, a bare
        "$" as the article's dollars, a negated bound turned over, spans in seconds, points
        of a share as percentage points."""
        text = d.article.text
        if f.kind == "count":
            f = partitive_split(text, d.sentence_text(f.sentence), f)
        f = local_dollar(f, own_dollar)
        return as_points(d, in_seconds(negated_bound(text, f)), story_points)

    for d in docs:
        figs, aged = ages(d, with_spans(d, with_rate_steps(
            d, with_splits(d, with_magnitudes(d)))))
        own_dollar = article_dollar(d.article.text, dollar)
        fs.extend(Item(d, read(d, f, own_dollar),
                     _norm_about(f.about),
                     frozenset(names.get((d.order, f.sentence), set()) - common),
                     name_words(fold(aged[(f.start, f.end)])) if (f.start, f.end) in aged
                     else subjects(d, f) | (share_holders(d, f) if _vote_share(f) else
                                            frozenset()),
                     modified_head(d, f.start, f.end, f.unit),
                     count_sort(d, f.start, f.end), aged.get((f.start, f.end), ""))
                  for f in figs
                  if f.kind not in _SKIP_KINDS and fold(f.unit) not in _ADDRESS_UNITS
                  and not _tenor(d, f)
                  and (is_step(f) or not garbled_at(d.article.text, f.start, f.end, halves)))
    # A figure sharing its sentence with another of its kind ("from 4% to 3.75%", "30 days
    # used, 60 left") is one of a series: never set against another outlet's number.
    # A sum per period ("$184 million, or $23 million per season") is not of the total's
    # series: it is counted apart.
    def series(f: Item) -> tuple[int, int, str, str]:
        return (f.doc.order, f.fig.sentence, unit_class(f.fig.unit), _per(f))

    # A larger hyphenated number modifying a noun ("the 250-seat chamber") sizes the whole
    # a plain number is a part of: it makes no series of it ("won 118 seats in the 250-seat
    # chamber"), though it is itself never compared then; a smaller one ("the fifteen-year
    # employee, 43-year-old …") still does.
    per_sentence: dict[tuple[int, int, str, str], int] = defaultdict(int)
    wholes: dict[tuple[int, int, str, str], list[float]] = defaultdict(list)
    prior = {i for i, f in enumerate(fs) if _prior_period(f)}
    marks = [_marks(f) for f in fs]  # read once per figure, compared per pair (``_unlike``)
    # (likewise; a magnitude no sentence credits takes the body credited with its value)
    agency = credited_agencies([(f.doc, f.fig) for f in fs],
                               [agencies(f.doc, f.fig) for f in fs])
    forecast = [forecast_verb(_told_before(f)) for f in fs]
    for i, f in enumerate(fs):
        if whole_of_part(f) or locates(f.doc, f.fig) or i in prior:
            continue  # "32 of the booster's 33 engines": the whole sizes the part; "about
            # 40km from the coast" places where a length ("climbed to 101km") was not told;
            # "3.6% in November, down from 3.8% in October": the month before's
        if f.head is None:
            per_sentence[series(f)] += 1
        else:
            wholes[series(f)].append(f.fig.value)
    crowded = {i for i, f in enumerate(fs)
               if (per_sentence[series(f)] > 1 if f.head is None else
                   per_sentence[series(f)] > 0 or len(wholes[series(f)]) > 1)
               or (f.head is None and any(w <= f.fig.value for w in wholes[series(f)]))}
    # Each sentence's numbers of a series, in order (``_parallel``).
    lists: dict[tuple[int, int, str, str], list[int]] = defaultdict(list)
    for i, f in sorted(enumerate(fs), key=lambda x: x[1].fig.start):
        if f.head is None and not whole_of_part(f):
            lists[series(f)].append(i)
    # (small exact counts compare further apart, unless told with different fates)
    lone, small, far = lone_counts([f for f in fs if f.doc.independent],
                                   options.lone_count_near, options.lone_count_small_near,
                                   options.lone_count_small_max, options.lone_count_far)
    alone = lone_measures([(f.doc, f.doc.independent and f.head is None, f.fig) for f in fs])
    busy = busy_units(fs, options.busy_unit_values)
    rates = {i for i, f in enumerate(fs) if is_rate(f)}
    # Numbers each article gives alone with one measure key: one quantity (not a crowd's
    # size: crowds of several days and places are told with the same words).
    # A sum converted ("$50bn (£37bn)") is compared by the sum it converts; a length
    # converted into another unit ("68 miles (110 kilometers)") is that length for outlets
    # giving the other unit, compared with their plain numbers only.
    converted = {i for i, f in enumerate(fs) if is_conversion(f)}
    crowded |= {i for i in converted if fs[i].fig.kind == "money"}
    crowded |= prior  # (never compared)
    # A number of a list with a holder of its own ("VanDeest had 13 points, while Carter had
    # 12") is that holder's: it compares with another outlet's number for the same holder.
    held = _held(fs, crowded, series)
    # ... or, where no name holds it, what it measures, when its list measures nothing else
    # by that ("cut rates to 3.75% as inflation eased to 3.2%": inflation's)
    about_held = _about_held(fs, crowded, held, series, prior)
    for i, words in held.items():
        fs[i].subjects = words
    # The values other holders of its list have, for each held number.
    listed = {i: frozenset(fs[k].fig.value for k in held
                           if series(fs[k]) == series(fs[i]) and k != i) for i in held}
    keys = KeyIndex([(f.doc, f.fig, unit_class(f.fig.unit), f.subjects) for f in fs],
                    options.key_window_words, skip=NOT_LONE)
    steps = lone_steps([(f.doc.order, f.fig, f.doc.independent) for f in fs])
    uf = UnionFind(len(fs))
    value_holders: dict[int, frozenset[str]] = {}  # a value group's named holders, by root
    lone_holders: dict[int, frozenset[str]] = {}  # ``holders.holder`` of numbers, once read
    same: set[tuple[int, int]] = set()
    candidates: list[tuple[int, int]] = []
    for i, a in enumerate(fs):
        for j in range(i + 1, len(fs)):
            b = fs[j]
            if (a.doc is b.doc or a.fig.kind != b.fig.kind
                    or unit_class(a.fig.unit) != unit_class(b.fig.unit)
                    or is_age(a.fig) != is_age(b.fig)  # ("Nkhata, 46," / "will serve eight
                    # years": a man's age and his term)
                    or (i in converted and j in converted)
                    or ((i in converted or j in converted)
                        and value_ratio(a.fig, b.fig) <= options.conversion_slack)
                    or (a.person and b.person
                        and (not one_person(a.person, b.person)
                             or abs(a.fig.value - b.fig.value) > _ages_apart(a, b, options)
                             or (days_between(a.doc, b.doc) or 0.0)
                             > options.statement_apart_days))):
                continue  # two people's ages, or one person's at two moments (a birthday
                # may fall between reports weeks apart): two facts
            about = _about_sim(a, b)
            sent = space.sim(a.doc, a.fig.sentence, b.doc, b.fig.sentence)
            if ((a.head is None) != (b.head is None) and sent >= _HEAD_NAMED_SENT
                    and same_modified_thing(a.doc, a.fig.sentence, a.head,
                                            b.doc, b.fig.sentence, b.head)):
                # "a 90-day pause in the tariff increases" / "pause the tariff increases for
                # 60 days": alike sentences, the compound's noun said by the other
                about = max(about or 0.0, _UNIT_ABOUT_SIM)
            if same_value(a.fig, b.fig):
                # One story rarely gives the same "60 days" for two different things.
                bar = 0.05 if distinctive(a.fig) else 0.15
                # Two named holders' equal numbers are two facts ("Artino scored 14
                # points" / "Carter scored 14 points").
                ra, rb = uf.find(i), uf.find(j)
                if ((about or 0) >= 0.8 or sent >= bar) and (
                        ("running total" in marks[i]) == ("running total" in marks[j])
                ) and not disjoint_holders(
                        value_holders.get(ra, a.subjects), value_holders.get(rb, b.subjects)):
                    uf.union(i, j)
                    value_holders[uf.find(i)] = (value_holders.get(ra, a.subjects)
                                                 | value_holders.get(rb, b.subjects))
                    same.add((i, j))
            elif ((_may_conflict(a, b, about, sent, options)
                   or ((unit_class(a.fig.unit) in lone
                        or ((unit_class(a.fig.unit) in small
                             or (unit_class(a.fig.unit) in far
                                 and (sent >= options.lone_count_far_sent
                                      or same_lead(a, b))))
                            and same_fate(a, b)
                            and _rest_of_group(a) == _rest_of_group(b)
                            and not part_of(a) and not part_of(b)))
                       and a.doc.independent
                       and not disjoint_holders(a.subjects, b.subjects)
                       and b.doc.independent and a.fig.kind == "count"
                       and a.fig.value_max is None and b.fig.value_max is None
                       and ((about or 0) >= _UNIT_ABOUT_SIM
                            or (unit_class(a.fig.unit) in far and same_lead(a, b))))
                   or keys.aligns(i, j, options.key_ratio)
                   # one named person's age, however unlike the sentences telling it
                   or bool(a.person and b.person)
                   or (i in steps and j in steps
                       and value_ratio(a.fig, b.fig) <= options.key_ratio)
                   # each article's one span, sum or length of the unit (``lone_measures``)
                   or (i in alone and j in alone
                       and value_ratio(a.fig, b.fig) <= options.lone_measure_ratio))
                  and not _two_happenings(a, b)
                  and i not in prior and j not in prior  # (the period before's, to compare)
                  and not _unlike(marks[i], marks[j])
                  and not _part_and_whole(a, b) and not _part_and_whole(b, a)
                  and not moved(a.doc, a.fig, b.doc, b.fig, options.statement_apart_days)
                  and ((_open_to(i, j, crowded, held, fs, lone_holders, about_held)
                        and _open_to(j, i, crowded, held, fs, lone_holders, about_held)
                        and (busy_comparable(a, b, busy)
                             or (a.fig.kind == "duration"
                                 and sent >= options.busy_alike_sent)))
                       or _parallel(i, j, lists, held, fs))
                  and game_stat_comparable(a, b, options.game_stat_near)
                  and (i in rates) == (j in rates)
                  and a.sort == b.sort
                  and same_modified_thing(a.doc, a.fig.sentence, a.head,
                                          b.doc, b.fig.sentence, b.head)
                  and same_poll(a.doc, a.fig.sentence, b.doc, b.fig.sentence)
                  and not other_model(a.doc, a.fig, b.doc, b.fig)
                  and not opposite_moves(a.doc, a.fig, b.doc, b.fig)
                  and not other_quakes(a.doc, a.fig, b.doc, b.fig)
                  and not other_agencies(agency[i], agency[j])
                  and not _other_forecasters_named(a, b, forecast, i, j)
                  and not other_targets(a.doc, a.fig, b.doc, b.fig)
                  and not two_setters(a.fig, a.names, b.fig, b.names)
                  and not (a.fig.kind == "percent" and other_forecasters(
                      _told_before(a), _told_before(b)))
                  and not of_the_whole(a.doc, a.fig, b.doc, b.fig)
                  and not _states(a, b.fig, listed.get(i)) and not _states(b, a.fig, listed.get(j))
                  and not early_floor(a.doc, a.fig, b.doc, b.fig, options.tally_floor_update)
                  and not partial_count(a.doc, a.fig, b.doc, b.fig)
                  and not is_threshold(a) and not is_threshold(b)
                  and (not is_depth(a.fig.unit)
                       or value_ratio(a.fig, b.fig) >= options.depth_min_ratio)
                  # a part of a group against a plain count: two subsets ("seven of the
                  # nine members" in favour / "Two members voted for a cut"), unless told alike
                  and (a.fig.kind != "count" or _partitive(a) == _partitive(b)
                       or sent >= _PART_PLAIN_SENT or _one_whole(a, b))
                  and not one_rounding(a.fig, b.fig)
                  and not _two_sides(a, b)
                  and _window(a) == _window(b)):
                candidates.append((i, j))
    # A value the other article also gives is not in conflict with it, unless that article
    # gives it to another named holder ("Artino scored 14 points" says nothing of whether
    # Carter had 12 or 14).
    has_value_in: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, j in same:
        has_value_in[i][fs[j].doc.id].append(j)
        has_value_in[j][fs[i].doc.id].append(i)

    def also_gives(i: int, j: int) -> bool:
        """Does ``j``'s article give ``i``'s value, for ``j``'s holder or an unnamed one?"""
        return any(not disjoint_holders(fs[k].subjects, fs[j].subjects)
                   for k in has_value_in[i].get(fs[j].doc.id, ()))

    holders: dict[int, set[str]] = defaultdict(set)  # people each value is credited to
    for i, f in enumerate(fs):
        holders[uf.find(i)] |= f.subjects
    earlier = {d.order: earlier_counts(d) for d in docs}
    tallied = {d.order: tally_values(d) for d in docs}

    def history(i: int, j: int) -> bool:
        """A toll one article tells as it stood earlier ("up from two", "had reported two
        deaths earlier in the day"), or told so itself: an update, not a conflict."""
        a, b = fs[i], fs[j]
        ta, tb = a.doc.sentence_text(a.fig.sentence), b.doc.sentence_text(b.fig.sentence)
        return is_tally(ta) and is_tally(tb) and (
            a.fig.value in earlier[b.doc.order] or b.fig.value in earlier[a.doc.order]
            or told_earlier(ta) or told_earlier(tb))

    def _raised_later(i: int, j: int) -> bool:
        """The higher of two running tallies is told by a later report: one that tells
        the other's toll as it stood before ("had earlier reported two deaths")."""
        lo, hi = sorted((fs[i], fs[j]), key=lambda f: f.fig.value)
        return (running_tally(lo.doc, lo.fig) and running_tally(hi.doc, hi.fig)
                and lo.fig.value < hi.fig.value
                and later_report(lo.doc, hi.doc, tallied[lo.doc.order], earlier[hi.doc.order]))

    # The values each sentence gives, by unit: a sentence giving both of two values tells
    # two things ("capital goods imports rose 22.6% and raw materials 13.8%, … while fuel
    # imports fell 6.4%"), whichever outlets give each alone.
    listed_together: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for f in fs:
        listed_together[(fold(f.fig.unit), str(f.fig.value))].add((f.doc.order, f.fig.sentence))

    def told_apart_by_one(i: int, j: int) -> bool:
        a, b = fs[i].fig, fs[j].fig
        if fs[i].subjects or fs[j].subjects:
            return False  # (a list of people's numbers: whose is which is read apart)
        return fold(a.unit) == fold(b.unit) and bool(
            listed_together[(fold(a.unit), str(a.value))]
            & listed_together[(fold(b.unit), str(b.value))])

    conflicts = [
        (i, j) for i, j in candidates
        if not also_gives(i, j) and not also_gives(j, i) and not history(i, j)
        and not told_apart_by_one(i, j)
        and (not disjoint_holders(frozenset(holders[uf.find(i)]),
                                  frozenset(holders[uf.find(j)]))
             or _swapped_sum(fs[i], fs[j]))  # (whoever each sentence makes its subject)
    ]
    # Two values, one telling of each dated apart or told at two scores: none of their pairs
    # conflicts (``apart``: "23 pirates … on Saturday" / "on Thursday … 26 pirates").
    apart = groups_apart(conflicts, uf.find, range(len(fs)),
                         lambda p, q: _two_moments(fs[p], fs[q]))
    conflicts = [(i, j) for i, j in conflicts if frozenset((uf.find(i), uf.find(j))) not in apart]
    conflicts = _one_per_measure(conflicts, fs, converted)
    # A count that rose in a later report is an update ("12 dead" at 08:00, "31 dead" at
    # 20:00), noted on the figure, not a conflict.
    conflict_of: dict[int, set[int]] = defaultdict(set)
    for i, j in conflicts:
        conflict_of[uf.find(i)].add(uf.find(j))
        conflict_of[uf.find(j)].add(uf.find(i))
    # Conflicting groups become one figure with several values.
    groups_uf = UnionFind(len(fs))
    for i in range(len(fs)):
        groups_uf.union(i, uf.find(i))
    for i, j in conflicts:
        groups_uf.union(i, j)
    # Every two values of one figure, not only the pairs aligned directly: "14 aftershocks
    # by 9 a.m." and "96 by noon on Monday" joined through "48 by 4pm" are two moments too.
    updates = {frozenset((uf.find(i), uf.find(j))) for g in groups_uf.groups()
               for n, i in enumerate(g) for j in g[n + 1:] if uf.find(i) != uf.find(j)
               and (later_update(fs[i].doc, fs[i].fig, fs[j].doc, fs[j].fig,
                                 options.update_after_hours) or _raised_later(i, j))}
    figures, discrepancies = [], []
    ordered = sorted(groups_uf.groups(),
                     key=lambda g: (-len({fs[i].doc.outlet for i in g}),
                                    min((fs[i].doc.order, fs[i].fig.start) for i in g)))
    for n, members in enumerate(ordered, 1):
        fig, disc = _build([fs[i] for i in members], [uf.find(i) for i in members], f"f{n}",
                           options.about_slack, updates, options.floor_moment_ratio)
        figures.append(fig)
        if disc:
            discrepancies.append(disc)
    return figures, discrepancies


def _one_per_measure(conflicts: list[tuple[int, int]], fs: list[Item], converted: set[int]
                     ) -> list[tuple[int, int]]:
    """One conflict per length told: a length converted in brackets ("about 230 km (143
    miles)") is set against others only when the length it converts is not already ("about
    190 km" / "about 118 miles" / "about 230 km (143 miles)" disagree once)."""
    def partner(i: int) -> int | None:
        before = [k for k, f in enumerate(fs) if f.doc is fs[i].doc and k not in converted
                  and f.fig.sentence == fs[i].fig.sentence and f.fig.end <= fs[i].fig.start]
        return max(before, key=lambda k: fs[k].fig.end) if before else None

    kept: list[tuple[int, int]] = []
    in_kept: set[int] = set()
    for i, j in sorted(conflicts, key=lambda p: ((p[0] in converted) + (p[1] in converted), p)):
        if any(k in converted and partner(k) in in_kept for k in (i, j)):
            continue
        kept.append((i, j))
        in_kept.update((i, j))
    return kept


def _held(fs: list[Item], crowded: set[int],
          series: Callable[[Item], tuple[int, int, str, str]]) -> dict[int, frozenset[str]]:
    """Crowded numbers of a list that each have a holder of their own (``holders``)."""
    lists: dict[tuple[int, int, str, str], list[int]] = defaultdict(list)
    for i, f in enumerate(fs):
        if f.head is None:
            lists[series(f)].append(i)
    held: dict[int, frozenset[str]] = {}
    for members in lists.values():
        if len(members) < 2 or any(is_conversion(fs[i]) for i in members):
            continue
        for i, words in zip(members, list_holders(fs[members[0]].doc,
                                                  [fs[i].fig for i in members]), strict=True):
            if words and i in crowded:
                held[i] = words
    return held


# A value of the period before, given to compare: "3.6% in November, down from 3.8% in
# October", "up from 2.1% a year earlier".
_PRIOR_BEFORE = re.compile(r"\b(?:(?:down|up|higher|lower|rising|falling)\s+from|against|"
                           r"compared\s+(?:with|to)|versus|(?:below|above)\s+the|"
                           # the old level of a move: "narrowed to €15.2bn from €16.2bn",
                           # "slowed to 2.9% in May from 3.1% in April"
                           r"to\s+[^\s,;]+(?:\s+(?:billion|million|trillion|per\s?cent|"
                           r"percent|euros|dollars|pounds))*(?:\s+in\s+(?:January|February|"
                           r"March|April|May|June|July|August|September|October|November|"
                           r"December|the\s+\w+\s+quarter|(?:19|20)\d\d))?\s+from)\s+$",
                           re.IGNORECASE)
# ... "against €78.6 billion in the 12 months to April 2025", "compared with $2.1bn in 2024"
_PRIOR_AFTER = re.compile(
    r"\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|(?:a|the)\s+(?:month|quarter|year)\s+(?:earlier|before)\b|"
    r"(?:last|the\s+previous)\s+(?:month|quarter|year)\b|"
    r"in\s+the\s+(?:\d+|twelve|six|three)\s+months\s+(?:to|through|ending)\b|"
    r"in\s+(?:19|20)\d\d\b|"
    # "below the 59.4% recorded four years ago"
    r"(?:recorded\s+|registered\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:years?|months?)\s+(?:ago|earlier|before)\b|"
    # "below the 4.2 per cent it projected in January"
    r"(?:it|they|the\s+bank)\s+(?:had\s+)?(?:projected|forecast|expected|estimated)\s+in\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)", re.IGNORECASE)


# A first estimate since revised ("PHIVOLCS had first estimated the quake at magnitude 6.6
# before revising its figure"), not a value another outlet can contradict.
_REVISED = re.compile(r"\b(?:(?:first|initially|originally)\s+(?:estimated|put|reported|measured|"
                      r"gave|rated|recorded)|(?:first|initial|original|preliminary)\s+"
                      r"(?:estimate|reading|figure|measurement))\b(?:[^.;]|\.\d)*\b(?:before|then|later|"
                      # ("first estimated … at 5.1, but seismologists raised it to 5.4")
                      r"since|but(?:\s+[\w-]+){0,2})\s+(?:it\s+was\s+|being\s+)?(?:revising|revised|"
                      r"lowering|lowered|"
                      r"raising|raised|downgrading|downgraded|upgrading|upgraded)\b", re.IGNORECASE)


# An earlier estimate told as such right before its number ("It had earlier put the
# magnitude at 5.0", "put it at 4.8, after initially reporting 5.0").
_EARLIER_PUT = re.compile(r"\b(?:had\s+(?:earlier|initially|originally|first)\s+(?:put|reported|"
                          r"estimated|given|gave|measured|rated)|after\s+(?:initially|first|"
                          r"originally)\s+(?:reporting|putting|estimating|giving|measuring))\b"
                          r"[^.;]*$", re.IGNORECASE)


# A magnitude told as preliminary in an article that tells it revised (a live page's "Sun
# 23:58 Preliminary report …: magnitude 6.9" and its later "revises the magnitude to 6.7").
_PRELIMINARY = re.compile(r"\b(?:preliminary|initial|first automatic)\b", re.IGNORECASE)
_REVISES = re.compile(r"\brevis(?:es|ed|ing)\b", re.IGNORECASE)


def _preliminary_revised(f: Item) -> bool:
    return ("magnitude" in f.fig.unit
            and bool(_PRELIMINARY.search(f.doc.sentence_text(f.fig.sentence)))
            and not _REVISES.search(f.doc.sentence_text(f.fig.sentence))
            and bool(_REVISES.search(f.doc.article.text)))


def _prior_period(f: Item) -> bool:
    """Is the number the period before's, given to compare (``_PRIOR_BEFORE``), a first
    estimate since revised (``_REVISED``), or a count before the happening?"""
    text = f.doc.article.text
    return ((bool(_PRIOR_BEFORE.search(text[max(0, f.fig.start - 45):f.fig.start]))
             and bool(_PRIOR_AFTER.match(text, f.fig.end)))
            or bool(_REVISED.search(f.doc.sentence_text(f.fig.sentence)))
            or bool(_EARLIER_PUT.search(text[max(0, f.fig.start - 50):f.fig.start]))
            or _preliminary_revised(f)
            or bool(_BEFORE_HAPPENING.match(text, f.fig.end))
            # an earlier meeting's split ("At its previous meeting on Jan. 30, … in a 5-2
            # vote", "In January the board voted five to two")
            or (f.fig.kind == "vote" and earlier_decision(f.doc, f.fig)))


# A count as it stood before the story's happening ("had 288 satellites in orbit before
# Saturday's launch", "… before the vote"): the count before, not the one after.
_BEFORE_HAPPENING = re.compile(
    r"(?:\s+[a-z]+){0,3}\s+(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+|this\s+|its\s+|"
    r"\w+['’]s\s+)(?:[\w-]+\s+)?(?:launch|flight|mission|vote|election|ballot|decision|"
    r"meeting|ruling|talks|quake|earthquake|deal|agreement)\b", re.IGNORECASE)


# Words of a number's shape, not of what it measures: "a peak of more than 10%" may be
# inflation's or the rate's.
_SHAPE_WORDS = frozenset({"peak", "high", "low", "level", "record", "target", "average", "rise",
                          "fall", "increase", "decrease", "drop", "gain", "cut", "hike",
                          "change", "jump", "top", "bottom", "max", "min"})


# Kinds of number a list's own measure may hold: shares and sums ("exports rose to $287.3
# billion, while imports fell to $345.1 billion"); a count's noun is read too loosely.
_HELD_KINDS = frozenset({"percent", "money"})


# A sum told as the size of a change: "up 9%, or NOK 4.0 billion", "rose $3.2 billion".
_OR_SUM = re.compile(r"%\s*,?\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$")


def _sum_changed(f: Item) -> bool:
    """Is the sum told as a change (a list's level is compared by its measure; a change
    of it is another number of the same measure)?"""
    before = f.doc.article.text[max(0, f.fig.start - 25):f.fig.start]
    return bool(CHANGE_BEFORE.search(before) or _OR_SUM.search(before))


def _about_held(fs: list[Item], crowded: set[int], held: dict[int, frozenset[str]],
                series: Callable[[Item], tuple[int, int, str, str]],
                prior: set[int]) -> frozenset[int]:
    """Crowded percentages and sums no name holds, each the one number of its list with its
    measure ("interest rates … to 3.75% …, as inflation eased to 3.2%"), when every number
    of the list has a measure read."""
    lists: dict[tuple[int, int, str, str], list[int]] = defaultdict(list)
    for i, f in enumerate(fs):
        if f.head is None and i not in prior:
            lists[series(f)].append(i)
    out: set[int] = set()
    for members in lists.values():
        abouts = Counter(fs[i].about for i in members)
        if len(members) < 2 or "" in abouts:
            continue
        out.update(i for i in members if i in crowded and i not in held
                   and fs[i].fig.kind in _HELD_KINDS and abouts[fs[i].about] == 1
                   and not (fs[i].fig.kind == "money" and _sum_changed(fs[i]))
                   and not set(fs[i].about.split()) & _SHAPE_WORDS)
    return frozenset(out)


def _part_and_whole(a: Item, b: Item) -> bool:
    """``a`` sizes a whole ("the nine-member committee", "seven of the nine members") and
    ``b`` is a plain count of its unit under half of it ("with two members preferring to
    hold"): some of the whole, not the whole told otherwise."""
    return ((a.head is not None or whole_of_part(a)) and b.head is None
            and not whole_of_part(b) and a.fig.kind == b.fig.kind == "count"
            and b.fig.value < a.fig.value / 2)


def _open_to(i: int, j: int, crowded: set[int], held: dict[int, frozenset[str]],
             fs: list[Item], lone: dict[int, frozenset[str]],
             about_held: frozenset[int] = frozenset()) -> bool:
    """May number ``i`` be set against ``j``? A number of a list only when it has a holder
    of its own and ``j`` is told of that holder too (``lone`` keeps the holders of numbers
    outside lists once read), or it is the one number of its list measuring what ``j``
    measures and ``j`` stands alone or is such a number too."""
    if i not in crowded:
        return True
    if i in about_held:
        return (j not in crowded or j in about_held) and fs[i].about == fs[j].about
    words = held.get(i)
    if not words:
        return False
    other = held.get(j) or fs[j].subjects
    if not other:
        if j not in lone:
            lone[j] = holder(fs[j].doc, fs[j].fig)
        other = lone[j]
    return bool(words & other)


def _partitive(f: Item) -> bool:
    """A part of a group told by a number alone ("seven of the nine members"), not a count
    of a noun followed by a place ("2,100 residents of the valley town")."""
    last = f.fig.text.split()[-1].lower() if f.fig.text.split() else ""
    return part_of(f) and (last[:1].isdigit() or last in NUMBER_WORDS)


def _one_whole(a: Item, b: Item) -> bool:
    """The two sentences name one other number, the whole both counts are of ("156 of the
    225 parliamentary seats" / "159 seats in the 225-member Parliament")."""
    shared = (numbers(a.doc.sentence_text(a.fig.sentence))
              & numbers(b.doc.sentence_text(b.fig.sentence)))
    return any(_is_float(n) and float(n) > max(a.fig.value, b.fig.value) for n in shared)


def _parallel(i: int, j: int, lists: dict[tuple[int, int, str, str], list[int]],
              held: dict[int, frozenset[str]], fs: list[Item]) -> bool:
    """Two sentences' lists of one series told in parallel: as many numbers in each, all
    equal in order but ``i`` and ``j``, at one place ("falling by 400 billion yen a quarter
    to around 2.9 trillion yen, then by 200 billion" / "… to roughly 2.1 trillion yen …"):
    the one pair that differs is one quantity told two ways."""
    a, b = fs[i], fs[j]
    if unit_class(a.fig.unit) != unit_class(b.fig.unit) or (
            a.fig.kind == "count" and (part_of(a) or part_of(b))):
        return False  # "11 shots" / "three of the seven bullets" (one unit however
        # spelt: "tonnes" / "metric tons"; a share "of its tariff lines" is no part)
    if i in held and j in held and not held[i] & held[j]:
        return False  # two holders' numbers of the lists
    li = lists.get((a.doc.order, a.fig.sentence, unit_class(a.fig.unit), _per(a)), [])
    lj = lists.get((b.doc.order, b.fig.sentence, unit_class(b.fig.unit), _per(b)), [])
    if len(li) < 2 or len(li) != len(lj) or i not in li or j not in lj:
        return False
    at = li.index(i)
    return lj.index(j) == at and all(same_value(fs[x].fig, fs[y].fig)
                                     for n, (x, y) in enumerate(zip(li, lj, strict=True))
                                     if n != at)


def _per(f: Item) -> str:
    return per_period(f.fig, f.doc.article.text) if f.fig.kind == "money" else ""


def _states(f: Item, other: Figure, others_held: frozenset[float] | None = None) -> bool:
    """Does the figure's sentence also state the other figure's number ("58-3 with 51 wins
    by knockout" states 58)? Then the article knows both: no conflict. Small whole numbers
    (one to three) recur by chance and do not count, nor do the numbers of a list held by
    other holders (``others_held``: "Voss scored 14 points, while Quill had 12")."""
    if not distinctive(other) or (others_held and other.value in others_held):
        return False
    # (a clock time's minutes are no number stated: "at 21:14 local time")
    said = _CLOCK_TIME.sub(" ", f.doc.sentence_text(f.fig.sentence))
    return any(abs(float(n) - other.value) < 1e-9 for n in numbers(said) if _is_float(n))


_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d\d\b|\b\d{1,2}\.\d\d\s*[ap]\.?m\b", re.IGNORECASE)


def _sharpest(group: list[Item]) -> Figure:
    """The figure a group of agreeing values is shown by: a plain one before a bound, an
    approximation or a compound ("$238 million" for "about $238 million"; "about five
    hours" for "a 5-hour session"), then the one told to more digits, else the first."""
    def digits(f: Figure) -> int:
        return len(re.sub(r"\D", "", f"{f.value:g}")) if f.value is not None else 0

    def loose(f: Figure) -> bool:  # an approximation, a bound, or a compound ("a 5-hour
        # session" reads worse than "about five hours")
        return f.bound not in ("=", "") or bool(re.search(r"\d-[a-z]", f.text))
    return min((m.fig for m in group), key=lambda f: (loose(f), -digits(f)))


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _build(members: list[Item], value_groups: list[int], fid: str, about_slack: float,
           updates: set[frozenset[int]] | None = None,
           floor_ratio: float = DEFAULT_OPTIONS.floor_moment_ratio,
           ) -> tuple[AlignedFigure, Discrepancy | None]:
    updates = updates or set()
    by_value: dict[int, list[Item]] = defaultdict(list)
    for m, g in zip(members, value_groups, strict=True):
        by_value[g].append(m)
    root_of = {id(m): g for m, g in zip(members, value_groups, strict=True)}
    # The value most independent outlets give leads.
    ranked = sorted(by_value.values(),
                    key=lambda g: (-len(independent_outlets(m.doc for m in g)),
                                   min((m.doc.order, m.fig.start) for m in g)))
    lead = ranked[0][0].fig
    # What is measured, in the words most outlets use; "days" for "30 days" says nothing.
    abouts = [m.fig.about for m in members if m.fig.about and _norm_about(m.fig.about)] or [
        m.fig.about for m in members if m.fig.about]
    about = max(dict.fromkeys(abouts), key=abouts.count) if abouts else (lead.unit or lead.kind)
    named = [m.person for m in members if m.person]
    if named and all(is_age(m.fig) for m in members):
        # the name most outlets give in full, the plainest of equals ("Robert Buckley", not
        # the tagger's "Englishman Robert Buckley"); not the "old Englishman" of "-year-old"
        full = [n for n in named if len(n.split()) >= 2] or named
        about = "age of " + min(full, key=lambda n: (-full.count(n), len(n)))
    bounds = [m.fig.bound for m in ranked[0]]
    values = [
        FigureValue(
            text=m.fig.text,
            value=m.fig.value,
            unit=m.fig.unit,
            bound=m.fig.bound,
            value_max=m.fig.value_max,
            about=m.fig.about,
            outlet=m.doc.outlet,
            citations=dedupe_citations([m.doc.cite(m.fig.sentence)]),
        )
        for g in ranked for m in g
    ]
    fig = AlignedFigure(
        id=fid,
        about=about,
        unit=lead.unit,
        kind=lead.kind,
        value=lead.value,
        bound=max(dict.fromkeys(bounds), key=bounds.count),
        value_max=lead.value_max,
        values=values,
        outlets=list(dict.fromkeys(m.doc.outlet for m in members)),
        agreement=len(ranked) == 1,
        corroboration=len(independent_outlets(m.doc for m in ranked[0])),
    )
    if len(ranked) == 1:
        return fig, None
    shown = [_sharpest(g) for g in ranked]
    texts = [age_text(f) or as_written(f) or as_written_span(f) or duration_text(f)
             or format_value(f.value, f.unit, f.bound, f.value_max) for f in shown]
    clash = any((not compatible_values(a.fig, b.fig, about_slack)
                 or same_moment_floors(a, b, floor_ratio))
                and frozenset((root_of[id(a)], root_of[id(b)])) not in updates
                for n, x in enumerate(ranked) for y in ranked[n + 1 :] for a in x for b in y)
    if not clash:  # "about 140" and "around 150": different words, no contradiction
        if any(frozenset((root_of[id(x[0])], root_of[id(y[0])])) in updates
               for n, x in enumerate(ranked) for y in ranked[n + 1 :]):
            fig.note = update_note([(g[0].doc, g[0].fig) for g in ranked])
        return fig, None
    note = f"Outlets give different values for {about}: " + " vs ".join(texts) + "."
    if any(m.fig.bound == "~" for m in members):
        note += " Some are given as approximations."
    disc = Discrepancy(
        kind="figure",
        about=about,
        values=[DiscrepancyValue(t, dedupe_citations(m.doc.cite(m.fig.sentence) for m in g))
                for t, g in zip(texts, ranked, strict=True)],
        note=note,
    )
    return fig, disc
