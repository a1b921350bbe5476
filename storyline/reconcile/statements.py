"""Aligned statements: two outlets tell one fact in the same words but for one number.

"A mother of 13 was killed…" in one outlet and "A mother of 12 was killed…" in another: the
figure extractor sees no unit or subject in "of 13", yet the two sentences say the same
thing with one slot filled differently. Two sentences of different independent outlets
that are alike (TF-IDF cosine at least ``statement_similarity``) are aligned word by word;
where the alignment replaces exactly one number by another, with equal words on both sides
of it (at least ``statement_anchor_words`` before, one of them a content word, and one
after — or, at the end of a sentence, twice as many before or one more holding an equal
number: "for $30 million in 1957."), the two outlets number the same
slot differently. Two years are a ``date`` discrepancy, other numbers a ``figure`` one.

Not a conflict: clock times (``clock_times`` compares them with their tolerances), an
article that also gives the other number in that sentence (a series, "from 12 to 13"), and
statements published far apart (a count or an age may have changed meanwhile), and a tally
of the dead or injured that rose in a later report (an update, as in ``figures``).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from .apart import told_apart
from .datelines import dateline_words
from .evidence import Doc, dedupe_citations, outlet_pairs
from .games import two_occasions
from .garbled import lost_halves, mask_garbled
from .model import Citation, Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .same_measure import is_person, relative, same_poll
from .space import SentenceSpace
from .text import SEVERAL_MONTHS, STOP_WORDS, fold, spell_numbers
from .updates import (
    TURNOUT,
    counted_so_far,
    is_running,
    moment_words,
    partial_sentence,
    same_moment,
    stage_before,
    timed,
    told_earlier,
    two_days,
)
from .weekdays import WEEKDAY

_WORD = re.compile(r"\d{1,2}:\d\d|\d+(?:,\d{3})*(?:\.\d+)?|[a-z]+")
_CLOCK_NEXT = frozenset({"am", "pm", "a", "p", "gmt", "bst", "utc", "et", "pt", "hours", "h"})
# "two more cuts" / "one more increase": after such a word the counted noun is the slot's
# unit, and it must be equal too.
_COUNT_MODIFIERS = frozenset({"more", "further", "additional", "extra", "fewer", "less"})
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SPAN_UNITS = frozenset({"hour", "minute", "second", "day", "week", "month", "year"})


def _share(text: str, number: str) -> bool:
    """Is the number, a word of ``statement_words``, written as a percentage in the text?"""
    return re.search(rf"(?<![\d.]){re.escape(number)}\s*(?:%|per ?cent\b)",
                     fold(text).replace(",", "")) is not None


def statement_words(text: str) -> list[str]:
    """Folded words and numbers ("1,500" -> "1500", "5.9" kept, "two" -> "2"); a clock
    time ("6:41") is one word, not two numbers."""
    return list(_statement_words(text))


@lru_cache(maxsize=4096)
def _statement_words(text: str) -> tuple[str, ...]:
    # Kept per text: the slot rules (numbers, places, roles, names) read the same sentences.
    text = _COUNTDOWN_SIGN.sub(lambda m: f"T {'minus' if m.group(1) in '-–−' else 'plus'} ", text)
    return tuple(w.replace(",", "") for w in _WORD.findall(spell_numbers(fold(text))))


# A launch clock's sign: "T-40 seconds" (before liftoff) and "T+195 seconds" (after it) are
# two moments, told apart in the words.
_COUNTDOWN_SIGN = re.compile(r"\bT\s?([-–−+])\s?(?=\d)")


_ARTICLES = frozenset({"the", "a", "an"})


def place_words(place: str) -> list[str]:
    """A place's words as ``statement_words`` reads them, without articles ("the Indian
    Ocean" -> ["indian", "ocean"])."""
    return [w for w in statement_words(place) if w not in _ARTICLES]


def names_place(doc: Doc, place: str) -> bool:
    """Does the article name the place anywhere (its words, in order)?"""
    words = place_words(place)
    text = f" {' '.join(statement_words(doc.article.text))} "
    return bool(words) and f" {' '.join(words)} " in text


def _far_apart(a: Doc, b: Doc, days: float) -> bool:
    ta, tb = a.published_at, b.published_at
    return ta is not None and tb is not None and abs((ta - tb).total_seconds()) > days * 86400


PLACES = frozenset({"GPE", "LOC", "FAC", "EVENT"})


@dataclass(frozen=True)
class Swap:
    """A run of words one outlet's sentence has where another's alike sentence has
    another run, between equal words: ``wa[a0:a1]`` in place of ``wb[b0:b1]``."""

    da: Doc
    sa: int
    db: Doc
    sb: int
    wa: list[str]
    wb: list[str]
    a0: int
    a1: int
    b0: int
    b1: int
    before: list[str]  # the equal words before the run, in ``wa``


def swap_discrepancies(found: dict[str, dict[str, list[Citation]]], kind: str,
                       about: str, what: str) -> list[Discrepancy]:
    """One discrepancy per slot of :func:`swaps` findings (slot -> value -> citations):
    ``about`` is formatted with the slot; ``what`` names the swapped thing."""
    out = []
    for slot, values in found.items():
        shown = " vs ".join(f"“{v}”" for v in values)
        out.append(Discrepancy(
            kind=kind,
            about=about.format(slot=slot),
            values=[DiscrepancyValue(v, dedupe_citations(c)) for v, c in values.items()],
            note=f"In the same statement the outlets name a different {what}: {shown}.",
        ))
    return out


def swaps(docs: list[Doc], space: SentenceSpace, options: ReconcileOptions,
          has_slot: Callable[[Doc, int], bool], max_words: int) -> Iterator[Swap]:
    """Single swapped runs of at most ``max_words`` words in alike sentences (similarity
    ≥ ``statement_similarity``) of two outlets, both sentences holding a slot value by
    ``has_slot``: where one statement names another person or place than the other."""
    def words(doc: Doc, sentence: int) -> list[str]:
        return statement_words(doc.sentence_text(sentence))

    for da, db in outlet_pairs(docs):
        for sa in da.content:
            if not has_slot(da, sa):
                continue
            wa = words(da, sa)
            for sb in db.content:
                if space.sim(da, sa, db, sb) < options.statement_similarity:
                    continue
                if not has_slot(db, sb):
                    continue
                wb = words(db, sb)
                ops = difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
                for k, (op, a0, a1, b0, b1) in enumerate(ops):
                    if op != "replace" or a1 - a0 > max_words or b1 - b0 > max_words:
                        continue
                    if 0 < k < len(ops) - 1 and ops[k - 1][0] == ops[k + 1][0] == "equal":
                        yield Swap(da, sa, db, sb, wa, wb, a0, a1, b0, b1,
                                   wa[ops[k - 1][1]:ops[k - 1][2]])


def elsewhere(doc: Doc, sentence: int, *others: Doc, labels: frozenset[str] = PLACES) -> bool:
    """The sentence names a place (or another entity of ``labels``) none of the other
    articles mentions: it tells of another happening ("In 2019 a quake in Varna killed
    12"). A source named in passing ("according to the N.Y. Daily News") is no place."""
    texts = [o.folded_text for o in others if o is not doc]
    text = doc.article.text
    return any(e.sentence == sentence and e.label in labels
               and not any(fold(e.text).removeprefix("the ") in t for t in texts)
               and not (e.label == "ORG" and _source(text, e.start, e.end))
               for e in doc.analysis.entities)


# An organisation named as the teller ("the institute INDECI said", "according to the
# USGS", "measured by the U.S. Geological Survey"), not as where it happened.
_SOURCE_BEFORE = re.compile(r"(?:according to|said|says|told|reported by|by|,)\s+(?:the\s+)?"
                            r"$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"^\s*(?:said|says|reported|told|put|measured|estimated|"
                           r"recorded)\b", re.IGNORECASE)


def _source(text: str, start: int, end: int) -> bool:
    return bool(_SOURCE_BEFORE.search(text[max(0, start - 30):start])
                or _SOURCE_AFTER.match(text[end:end + 20]))


def shared_place(a: Doc, i: int, b: Doc, j: int) -> bool:
    """Both sentences name one place ("Old Tappan"): they tell one happening, even when
    each also names a place the other articles do not ("New Jersey", "Bergen County")."""
    def places(doc: Doc, index: int) -> set[str]:
        return {fold(e.text).removeprefix("the ") for e in doc.analysis.entities
                if e.sentence == index and e.label in PLACES}

    def names(place: str, text: str) -> bool:
        return len(place) > 2 and re.search(rf"\b{re.escape(place)}\b", text) is not None

    text_a, text_b = fold(a.sentence_text(i)), fold(b.sentence_text(j))
    return (any(names(p, text_b) for p in places(a, i))
            or any(names(p, text_a) for p in places(b, j)))


def _update(a: Doc, x: str, b: Doc, y: str, after_hours: float, tally: bool) -> bool:
    """A tally that rose in a report published ``after_hours`` later: an update. A report
    dated to the other's day without a time may be either side of it: a tally told twice in
    a day has most likely moved."""
    ta, tb = a.published_at, b.published_at
    if not tally or ta is None or tb is None:
        return False
    if timed(a) != timed(b):
        return ta.date() == tb.date() or (float(y) > float(x)) == (tb.date() > ta.date())
    hours = (tb - ta).total_seconds() / 3600
    if abs(hours) < after_hours:
        return False
    return (float(y) > float(x)) == (hours > 0)


# Words of a unit, no anchor of what a number is.
_UNIT_WORDS = frozenset({"cent", "percent", "pct", "per", "point", "points"})


def _rounded_alike(x: str, y: str) -> bool:
    """One number, written to the same or to other precisions ("17%" / "17.0%"), or one
    told to fewer decimals than the other ("$66.32 billion" / "$66.3-billion")."""
    if float(x) == float(y):
        return True

    def places(n: str) -> int:
        return len(n.split(".")[1]) if "." in n else 0
    short, long_ = sorted((x, y), key=places)
    if places(short) == places(long_):
        return float(x) == float(y)
    return places(short) > 0 and round(float(long_), places(short)) == float(short)


def _slots(wa: list[str], wb: list[str], anchor: int) -> list[tuple[int, int, str]]:
    """(index in a, index in b, slot words) of each number one sentence replaces by
    another between equal words. A slot that opens both sentences ("In 1969, he was
    indicted" / "In 1970, he was indicted") is anchored by the words after it instead:
    at least ``anchor + 1`` of them, one a content word; its slot words start with "^"."""
    out = []
    ops = difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    for k, (op, a0, a1, b0, b1) in enumerate(ops):
        # One number for another; or one sentence ends on its number where the other
        # goes on ("… $30 million in 1967." / "… $30 million in 1957, using …").
        ends = (a1 - a0 == 1 and a1 == len(wa)) or (b1 - b0 == 1 and b1 == len(wb))
        if op != "replace" or not ((a1 - a0 == 1 and b1 - b0 == 1) or ends):
            continue
        x, y = wa[a0], wb[b0]
        if not (_NUMBER.fullmatch(x) and _NUMBER.fullmatch(y)) or _rounded_alike(x, y):
            continue
        left = ops[k - 1] if k > 0 and ops[k - 1][0] == "equal" else None
        right = (ops[k + 1] if k + 1 < len(ops) and ops[k + 1][0] == "equal"
                 and a1 - a0 == 1 and b1 - b0 == 1 else None)
        before = wa[left[1]:left[2]][-2 * anchor:] if left else []
        after = wa[right[1]:right[2]][:2] if right else []
        if after and after[0] in _CLOCK_NEXT:
            continue
        if after[:1] and after[0] in _COUNT_MODIFIERS and len(after) < 2:
            continue
        # "30 of 207" / "1 of 16": the base differs too, so these count different wholes.
        beyond = ops[k + 2] if right and k + 2 < len(ops) else None
        if beyond and len(after) < 2 and any(
                _NUMBER.fullmatch(w) for w in [*wa[beyond[1]:beyond[2]], *wb[beyond[3]:beyond[4]]]):
            continue
        opening = wa[right[1]:right[2]][:anchor + 1] if right else []
        if (a0 == len(before) and b0 == a0 and len(before) < anchor
                and len(opening) == anchor + 1
                and any(w not in STOP_WORDS and not w[0].isdigit() for w in opening)):
            out.append((a0, b0, " ".join(["^", *before, "…", *opening])))
            continue
        # At a sentence's end twice the equal words are needed, or as many holding an
        # equal number too ("sold for $30 million in 1957." / "… $30 million in 1967.").
        if len(before) < anchor or (not after and len(before) < 2 * anchor and not any(
                _NUMBER.fullmatch(w) for w in before[-anchor - 1:-1])):
            continue
        if not any(w not in STOP_WORDS and w not in _UNIT_WORDS and not w[0].isdigit()
                   for w in before[-anchor:]):
            continue  # ("rose 1.9 per cent to $48.7 billion" / "rose 1.2 per cent, to $66.3
            # billion": a unit's words anchor no slot)
        slot = " ".join([*before[-anchor:], "…", *after[:1]]).strip()
        out.append((a0, b0, slot))
    return out


# (a number keeps its currency sign and per cent sign: "peak at 3.8% in", not "peak at 3.8 in")
_SURFACE = re.compile(r"[$€£¥]?\d+(?:,\d{3})*(?:\.\d+)?%?|[^\W\d_]+")


def _value(text: str, words: list[str], i: int, after: int = 2) -> str:
    """The number with the words around it, as a reader would recognise the slot (as
    written when the words of the sentence line up one for one, else folded)."""
    surface = _SURFACE.findall(text)
    shown = surface if len(surface) == len(words) else words
    # A span of two units is one value: "7 minutes and 12 seconds", not "7 minutes".
    if (len(words) > i + 3 and words[i + 1].rstrip("s") in _SPAN_UNITS
            and words[i + 2] == "and" and _NUMBER.fullmatch(words[i + 3])
            and words[i + 4:i + 5] and words[i + 4].rstrip("s") in _SPAN_UNITS):
        after = max(after, 5)
    return " ".join(shown[max(0, i - 2): i + after])


def _surnames(doc: Doc, sentence: int) -> list[str]:
    """Surnames of the people a sentence names (``same_measure.is_person``)."""
    return [fold(e.text).split()[-1] for e in doc.analysis.entities
            if e.sentence == sentence and e.text.strip() and is_person(doc, e)]


def _other_people(da: Doc, sa: int, wa: list[str], db: Doc, sb: int, wb: list[str],
                  same_ratio: float) -> bool:
    """The alike sentences also swap one person for another ("Novak ran for 226 yards" /
    "Lind ran for 205 yards"): their numbers are two people's, not one fact. A surname
    spelt two ways is one person."""
    a, b = set(_surnames(da, sa)), set(_surnames(db, sb))
    if not a or not b:
        return False
    # "Novak ran for 226 yards" / "Novak's cousin Ivo Marsh ran for 205 yards": one
    # sentence's doer is a relative the other never names.
    for doc, s, other in ((da, sa, wb), (db, sb, wa)):
        if any(relative(doc, e) and fold(e.text).split()[-1] not in other
               for e in doc.analysis.entities if e.sentence == s):
            return True
    ops = difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    for op, a0, a1, b0, b1 in ops:
        if op != "replace":
            continue
        xs, ys = a & set(wa[a0:a1]), b & set(wb[b0:b1])
        if xs and ys and not any(fuzz.ratio(x, y) >= same_ratio for x in xs for y in ys):
            return True
    return False


# A slot of unit and function words alone ("cent from … per"): says nothing of what is counted.
_UNIT_SLOT = re.compile(r"\^?(?:(?:per|cent|percent|from|to|of|the|a|at|by|and|points?|…)\s*)+")


# Words that make a number another measure of its noun: in volume or in real terms, or the
# opposite balance ("a deficit with those countries" / "a surplus with the US").
_MEASURE_SIDES = (re.compile(r"\b(?:in|by)\s+(?:volume|real)(?:\s+terms)?\b|\bvolumes?\b|"
                             r"\binflation-adjusted\b|\bconstant prices\b", re.IGNORECASE),
                  re.compile(r"\bdeficits?\b", re.IGNORECASE),
                  re.compile(r"\bsurplus(?:es)?\b", re.IGNORECASE))


# A happening of a past year told as the background: "since 2003, when a magnitude 6.4
# earthquake …", "in 2019, when …".
_PAST_WHEN = re.compile(r"\b(?:in|since)\s+(?:\w+\s+)?(?:19|20)\d\d,?\s+when\b", re.IGNORECASE)


def _other_days(a: str, b: str) -> bool:
    """Do the two sentences name weekdays, none the same ("by Monday morning" / "on Tuesday
    afternoon")?"""
    da = {m.lower() for m in WEEKDAY.findall(a)}
    db = {m.lower() for m in WEEKDAY.findall(b)}
    return bool(da) and bool(db) and not da & db


def _moment(doc: Doc, s: int) -> tuple[str, ...]:
    """The moment a sentence's count was taken at, or the sentence before's when it names
    none ("… had been counted by the end of the night. Baptiste-Ruiz had 39,402 votes")."""
    return moment_words(doc.sentence_text(s)) or (
        moment_words(doc.sentence_text(s - 1)) if doc.sentence(s - 1) is not None else ())


def _read(doc: Doc, s: int) -> tuple[tuple[bool, ...], tuple[str, ...]]:
    """What a sentence says of its numbers, read once: whether it tells a past year's
    happening ("since 2003, when a magnitude 6.4 earthquake …"), measures in volume or a
    deficit or a surplus ("in volume terms, exports increased 1.6%"), sums over several
    months, or counts still going on; and its moment (``_moment``). Two sentences of unlike
    kinds fill no slot."""
    text = doc.sentence_text(s)
    going_on = partial_sentence(text) or (
        _SHARE.search(text) is not None and not TURNOUT.search(text)
        and partial_sentence(doc.sentence_text(stage_before(doc, s))))
    kind = (bool(_PAST_WHEN.search(text)), *(bool(m.search(text)) for m in _MEASURE_SIDES),
            bool(SEVERAL_MONTHS.search(text)), going_on)
    return kind, _moment(doc, s)


# Results a count's stage tells of: shares, votes and seats ("Ms Raman 33.5 per cent").
_SHARE = re.compile(r"%|\bper ?cent\b|\bvotes?\b|\bseats?\b", re.IGNORECASE)


def number_slot_conflicts(docs: list[Doc], space: SentenceSpace,
                          options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Alike sentences of two outlets that differ in one number, slot by slot."""
    # Parts of fractions and numbers cut by a lost character ("41 / 2", "4�") are no slot.
    halves = lost_halves([d.article.text for d in docs])
    words = {(d.order, s): statement_words(mask_garbled(d.sentence_text(s), halves))
             for d in docs for s in d.content}
    all_words = {d.order: set(statement_words(d.article.text)) for d in docs}
    read = {(d.order, s): _read(d, s) for d in docs for s in d.content}  # once a sentence
    # slot -> number -> (shown value, citations)
    found: dict[str, dict[str, tuple[str, list[Citation]]]] = defaultdict(dict)
    for da, db in outlet_pairs(docs):
        if _far_apart(da, db, options.statement_apart_days):
            continue
        for sa in da.content:
            wa = words[(da.order, sa)]
            for sb in db.content:
                if space.sim(da, sa, db, sb) < options.statement_similarity or (
                        not shared_place(da, sa, db, sb)
                        and (elsewhere(da, sa, *docs) or elsewhere(db, sb, *docs))):
                    continue
                wb = words[(db.order, sb)]
                if _other_people(da, sa, wa, db, sb, wb, options.same_surname_ratio):
                    continue  # "Novak ran for 226 yards" / "Lind ran for 205 yards": two facts
                if not same_poll(da, sa, db, sb):
                    continue  # two outlets' polls, each with its own numbers
                if two_occasions(da, sa, db, sb):
                    continue  # two games' stat lines, a stretch of a game and the game
                if told_earlier(da.sentence_text(sa)) or told_earlier(db.sentence_text(sb)):
                    continue  # "Earlier reports had put the toll at two dead": a count as it
                    # stood before, not the outlet's own
                (kind_a, moment_a), (kind_b, moment_b) = read[(da.order, sa)], read[(db.order, sb)]
                if kind_a != kind_b:
                    continue  # a past year's happening, another measure, or a count still
                    # going on against the count done (``_read``)
                if kind_a[-1] and (two_days(da, db) or _other_days(da.sentence_text(sa),
                                                                   db.sentence_text(sb))):
                    continue  # a count still going on, told on two days: two moments
                if not same_moment(moment_a, moment_b):
                    continue  # "the strongest of magnitude 4.2" by midday / within the first
                    # hour: counts told at two moments
                apart = told_apart(da, sa, db, sb)  # dated apart, or told at two scores
                # a wire dateline's day is the filing's, not a fact (``datelines``)
                la = dateline_words(da.sentence_text(sa), wa)
                lb = dateline_words(db.sentence_text(sb), wb)
                for i, j, slot in _slots(wa, wb, options.statement_anchor_words):
                    if i < la or j < lb or _UNIT_SLOT.fullmatch(slot):
                        continue  # ("… per cent from … per cent": words of the unit, no slot)
                    x, y = wa[i], wb[j]
                    if y in wa or x in wb:  # each article gives both: a series
                        continue
                    if _share(da.sentence_text(sa), x) != _share(db.sentence_text(sb), y):
                        continue  # "Daugava Union 16.9%" / "Daugava Union (19)": a share
                        # and a count of seats, two measures
                    if apart and told_apart(da, sa, db, sb, (x, y)):
                        continue  # two happenings (``apart``), not one told two ways
                    if slot.startswith("^") and (
                            y in all_words[da.order] or x in all_words[db.order]):
                        continue  # an opening slot: neither article gives the other
                    if y in all_words[da.order] and x in all_words[db.order]:
                        continue  # each article gives both numbers ("a magnitude 7.1
                        # earthquake" … "the seismological service measured it at 7.0")
                    tally = all(is_running(t) or counted_so_far(t) for t in (
                        da.sentence_text(sa), db.sentence_text(sb)))  # ("so far inspected
                    # 410 buildings and declared 150 of them unsafe" / "by late on Saturday …
                    # 640 … 212": a count still going on, on both sides)
                    if _update(da, x, db, y, options.update_after_hours, tally):
                        continue
                    values = found[slot]
                    for num, doc, s, ws, k in ((x, da, sa, wa, i), (y, db, sb, wb, j)):
                        _, cites = values.setdefault(
                            num, (_value(doc.sentence_text(s), ws, k,
                                         len(slot.split()) - 2 if slot[0] == "^" else 2),
                                  []))
                        cites.append(doc.cite(s))
    out = []
    for slot, values in found.items():
        nums = list(values)
        years = all(_YEAR.fullmatch(v) for v in nums)
        kind = "date" if years else "figure"
        texts = [values[v][0] for v in nums]
        # The slot as written: the first value's words with its number left out.
        shown = " ".join(
            "…" if _NUMBER.fullmatch(w.replace(",", "")) or spell_numbers(fold(w)) == nums[0]
            else w for w in texts[0].split()) or slot
        out.append(Discrepancy(
            kind=kind,
            about=f"the number in “{shown}”" if not years else f"the year in “{shown}”",
            values=[DiscrepancyValue(values[v][0], dedupe_citations(values[v][1]))
                    for v in nums],
            note="Outlets tell this in the same words but for the number: "
                 + " vs ".join(f"“{t}”" for t in texts) + ".",
        ))
    return out


def _spots(v: DiscrepancyValue) -> set[tuple[str, int]]:
    """The sentences (article, index) a value is cited from."""
    return {(c.article_id, c.sentence_index) for c in v.citations}


def uncovered(found: list[Discrepancy], known: list[Discrepancy]) -> list[Discrepancy]:
    """The slot conflicts no other rule already reports from the same two sentences."""
    known_spots = [set().union(*map(_spots, d.values)) for d in known]
    out = []
    for d in found:
        per_value = [_spots(v) for v in d.values]
        covered = any(sum(bool(vs & k) for vs in per_value) >= 2 for k in known_spots)
        if not covered:
            out.append(d)
    return out


# A value that is a length of time ("about 7½ hours", "two hours and 35 minutes").
_LENGTH = re.compile(r"\b(?:seconds?|minutes?|mins?|hours?|hrs?)\b")


def fold_lengths(found: list[Discrepancy], known: list[Discrepancy]
                 ) -> tuple[list[Discrepancy], list[Discrepancy]]:
    """Join a further outlet's length to the report that already sets it against another.

    A length rule may pair outlets B and C where another pair, A and B, was reported over the
    same sentence of B ("more than 10 hours on the second day"): that is one disagreement
    told by three outlets, so C's value joins the first report instead of making a second
    one; a length report whose two sentences a report already cites is dropped (told).
    Returns the known reports (some with a value more) and the found reports that joined
    none (some with a value more)."""
    def lengths(d: Discrepancy) -> bool:
        return all(_LENGTH.search(fold(v.value)) for v in d.values)

    pool = list(known)
    for d in uncovered(found, known):
        if len(d.values) == 2 and lengths(d):
            for n, k in enumerate(pool):
                if k.kind != d.kind or not lengths(k):
                    continue
                shared = [i for i, v in enumerate(d.values)
                          if any(_spots(v) & _spots(w) for w in k.values)]
                if len(shared) == 2:
                    break  # both its sentences are in that report already: told
                other = d.values[1 - shared[0]] if len(shared) == 1 else None
                if other is None or {c.outlet for c in other.citations} & {
                        c.outlet for w in k.values for c in w.citations}:
                    continue  # (that outlet is in the report already, with another sentence)
                pool[n] = Discrepancy(kind=k.kind, about=k.about, values=[*k.values, other],
                                      note=k.note)
                break
            else:
                pool.append(d)
        else:
            pool.append(d)
    return pool[:len(known)], pool[len(known):]
