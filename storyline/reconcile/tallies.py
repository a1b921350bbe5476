"""Casualty tallies told as bare numbers: "killing 10 people and injuring 80" in one outlet,
"wounding 70 others" or "about 50 hurt" in another.

The figure extractor needs a counted noun; casualty reports often leave it out after the
first one ("killing 10 people and injuring 80"). Here a number right after a verb of
killing or injuring ("injuring 80", "wounding other 70") or right before its participle
("80 wounded", "50 were hurt") is a tally of the dead or of the injured. Two tallies of one
kind from different independent outlets whose values cannot both hold ("about 50" and 80;
"at least 50" and 80 can) are a ``figure`` discrepancy when their sentences tell one
happening: alike at ``tally_same_event`` for near values, at twice that when one is more
than double the other (an earlier disaster's toll recalled in the background is not this
one's). Each outlet's only toll of one kind, with no third toll of the story near it, is
compared however unlike the sentences (``lone_tallies``, a measure key as in
``measure_keys``). A higher count in a report published ``update_after_hours`` later is an
update, unless the two are one number with two neighbouring digits swapped ("214" /
"241"). Tolls are also read as "a death toll of 23", "23 deaths" and, after a count, "and
another wounded", "critically injuring a third" (one). A toll of none said of everyone
("no injuries were reported", "no one was killed or injured"; ``sentence_zeros``) is set
against another outlet's only count of that kind (``lone_zeros``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from storyline.records import Figure

from .apart import days_apart, groups_apart, told_of_earlier
from .evidence import Doc, UnionFind, dedupe_citations, past_year_sentences
from .figure_values import compatible_values, format_value, neighbours_swapped
from .model import Citation, Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .statements import PLACES, elsewhere
from .text import fold, spell_numbers
from .updates import (
    days_between,
    earlier_counts,
    later_report,
    later_update,
    rose_from,
    tally_values,
    timed,
    told_earlier,
)

_KIND = {"kill": "killed", "dead": "killed", "die": "killed", "death": "killed",
         "fatal": "killed", "lost": "killed", "perish": "killed", "injur": "injured",
         "wound": "injured", "hurt": "injured"}
_BOUNDS = {"at least": ">=", "more than": ">", "over": ">", "about": "~", "around": "~",
           "nearly": "~", "almost": "~", "some": "~", "roughly": "~", "an estimated": "~",
           "up to": "<=", "as many as": "<=", "at most": "<=", "fewer than": "<",
           "less than": "<"}
_BOUND = r"(?P<bound>" + "|".join(sorted(_BOUNDS, key=len, reverse=True)) + r")?\s*"
_NUM = r"(?P<num>\d+(?:,\d{3})*)"
# "killing 10", "injuring another 80", "wounding other 70 people"
_AFTER_VERB = re.compile(
    r"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded|hurting)\s+"
    r"(?:(?:a further|another|other|some other)\s+)?" + _BOUND + _NUM
    + r"(?!\s*(?:%|percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|times?)\b)"
    + r"(?:\s+(?:people|persons|others|more|civilians|residents))?\b(?![-.]\d)")
# "80 wounded", "50 people were hurt", "10 dead", "23 citizens lost their lives"
_BEFORE_PARTICIPLE = re.compile(
    _BOUND + r"(?<![\d.,])" + _NUM + r"\s+(?:(?:people|persons|others|more|civilians|residents|"
    r"citizens|villagers|passengers)\s+)?"
    r"(?:(?:were|are|have been|had been|was|have|had)\s+)?(?:also\s+)?"
    r"(?:(?:confirmed|reported|now)\s+)?(?:(?:slightly|lightly|seriously|critically|badly|"
    r"severely|gravely)\s+)?"
    r"(?P<verb>killed|dead|died|injured|wounded|hurt|lost their lives|perished)\b")
# One more after a count: "killing two and critically injuring a third", "two killed and
# another wounded", "and a third employee wounded" — one injured (or killed).
_ONE_MORE = re.compile(
    r"\b(?:(?:critically|seriously|fatally|badly)\s+)?(?P<verb>injuring|wounding|hurting|"
    r"killing)\s+(?:a\s+third|a\s+fourth|1\s+other|another)\b(?!\s+\d)|"
    r"\band\s+(?:a\s+third|a\s+fourth|another|1\s+other)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:(?:was|were|has been|had been)\s+)?(?:(?:critically|seriously|badly)\s+)?"
    r"(?P<verb2>wounded|injured|hurt|killed)\b")
# "a death toll of 23", "the death toll rose to 23", "23 deaths", "12 injuries"
_TOLL = re.compile(
    # (the happening named may carry numbers when a verb follows it: "the death toll from
    # the magnitude 6.9 earthquake that struck on Tuesday night has risen to 69")
    r"\b(?P<verb>death|injury)\s+tolls?\s+(?:(?:from|in)\s+[^;,]{0,80}?\s+(?:(?:has|had|have)"
    r"\s+)?(?:rose|risen|climbed|jumped|increased|stood|stands|reached|reaches|hit|is|was)\s+|"
    r"(?:(?:from|in)\s+[^.;,\d]{0,60}?\s+)?"
    r"(?:(?:has|had|have)\s+)?(?:(?:rose|risen|"
    r"climbed|jumped|increased|stood|stands|reached|hit|is|was|of|at|to)\s+)?)(?:(?:to|at)\s+)?"
    + _BOUND + _NUM + r"\b(?![-.,]\d)(?!\s*(?:%|(?:percent|per cent)\b))|"
    + _BOUND.replace("bound", "bound2") + r"(?P<num2>\d+(?:,\d{3})*)\s+"
    r"(?P<verb2>deaths|fatalities|injuries)\b|"
    # "raised the number of confirmed deaths to 72", "the number of people killed in a
    # magnitude 6.9 earthquake in southern Peru has risen to 14"
    r"\bnumber\s+of\s+(?:confirmed\s+)?(?:people\s+)?(?P<verb3>deaths|dead|fatalities|"
    r"injured|injuries|killed|hurt|wounded)\s+(?:(?:from|in)\s+[^;,]{0,80}?\s+)?"
    r"(?:(?:has|had)\s+)?(?:(?:rose|risen|climbed|reached|stood|stands|is|was)\s+)?"
    r"(?:to|at)\s+" + _BOUND.replace("bound", "bound3") + r"(?P<num3>\d+(?:,\d{3})*)\b"
    r"(?![-.,]\d)")


# A toll of none, said of everyone: "no injuries were reported", "no one was hurt", "nobody
# was killed or injured", "there were no reports of injuries". Not one qualified by group,
# degree or moment ("no injuries to police", "no one else was hurt", "no serious
# injuries", "no one on board", "no immediate reports of injuries"): those leave room for
# other casualties, so they contradict no count.
_NO_ONE = re.compile(r"\bno\s*-?\s*one\b")
_ZERO_VERB = (r"(?P<verb>killed|dead|died|injured|wounded|hurt)"
              r"(?:\s+or\s+(?P<verb2>killed|dead|injured|wounded|hurt))?")
_ZERO_AUX = r"(?:was|were|has been|have been|had been|is|are|got|reported)\s+(?:reported\s+)?"
_ZERO_NOUN = (r"(?P<noun>injuries|injury|deaths|fatalities)"
              r"(?:\s+or\s+(?P<noun2>injuries|deaths|fatalities))?")
_ZEROS = (
    # "no one was hurt", "nobody was killed or injured"
    re.compile(r"(?<![\w-])(?:no\s*-?\s*one|nobody)\s+" + _ZERO_AUX + _ZERO_VERB + r"\b"
               r"(?!\s+(?:in|at|on|during)\s+(?:a|an|the)\s+(?:earlier|previous|second|other|"
               r"separate)\b)"),
    # "no injuries were reported", "there were no reports of injuries"
    re.compile(r"(?<![\w-])no\s+(?:reports?\s+of\s+(?:any\s+)?)?" + _ZERO_NOUN + r"\b"
               r"(?!\s+(?:to|among|of|on the ground|on board|aboard|from|were among)\b)"),
)
# Words before the zero that qualify it (a group, a degree, a moment, a hedge).
_ZERO_QUALIFIED = re.compile(
    r"\b(?:serious|major|life-threatening|critical|other|further|additional|new|immediate|"
    r"immediately|initial|early|known|confirmed|else|if|whether|unclear|not|hope|hoped|"
    r"hopes|hoping|pray|prayed|lucky)\s+(?:\w+\s+){0,3}$")
# What may follow "no injuries": "or damage", "were reported", the clause's end or a
# preposition of the happening ("in the blast", "at the scene").
_ZERO_DAMAGE = re.compile(r"\s+(?:or|and)\s+(?:damage|property)\b")
_ZERO_ENDS = re.compile(
    r"\s*(?:were|was|have been|had been|are)?\s*(?:reported|recorded|confirmed)?"
    r"\s*(?:[.,;]|$|\s+(?:in|at|after|as|and|but|when|from the)\b)")
_NOUN_KIND = {"injuries": "injured", "injury": "injured", "deaths": "killed",
              "fatalities": "killed"}


def sentence_zeros(text: str) -> set[str]:
    """The kinds ("killed", "injured") a sentence says there were none of, said of everyone
    and unqualified ("no injuries were reported", "no one was killed or injured")."""
    folded = fold(text)
    out: set[str] = set()
    for pattern in _ZEROS:
        for m in pattern.finditer(folded):
            if _ZERO_QUALIFIED.search(folded[max(0, m.start() - 40):m.start()]):
                continue
            if "noun" in pattern.groupindex:
                after = folded[m.end():m.end() + 30]
                if not (_ZERO_DAMAGE.match(after) or _ZERO_ENDS.match(after)):
                    continue  # "no injuries to speak of" is another sentence's business
                out.update(_NOUN_KIND[n] for n in (m.group("noun"), m.group("noun2")) if n)
            else:
                out.update(_kind(v) for v in (m.group("verb"), m.group("verb2")) if v)
    return out


@dataclass
class _Tally:
    doc: Doc
    sentence: int
    kind: str  # "killed" or "injured"
    figure: Figure


def _told_earlier(t: _Tally) -> bool:
    return told_earlier(t.doc.sentence_text(t.sentence))


def _rose_from(t: _Tally) -> set[float]:
    return rose_from(t.doc.sentence_text(t.sentence))


def _kind(verb: str) -> str:
    return next(k for stem, k in _KIND.items() if verb.startswith(stem))


def sentence_tallies(text: str) -> list[tuple[str, float, str]]:
    """(kind, value, bound) of each tally of the dead or injured in a sentence."""
    # "no one was injured", "no - one was hurt" (tokenised text) count none, not one
    folded = spell_numbers(_NO_ONE.sub("nobody", fold(text)))
    out: list[tuple[int, str, float, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_AFTER_VERB, _BEFORE_PARTICIPLE, _TOLL):
        for m in pattern.finditer(folded):
            g = next(x for x in ("", "2", "3") if m.groupdict().get("num" + x))  # _TOLL's forms
            span = m.span("num" + g)
            if any(s <= span[0] < e for s, e in taken):
                continue
            taken.append(span)
            bound = _BOUNDS.get((m.group("bound" + g) or "").strip(), "=")
            value = float(m.group("num" + g).replace(",", ""))
            out.append((span[0], _kind(m.group("verb" + g)), value, bound))
    for m in _ONE_MORE.finditer(folded):
        verb = m.group("verb") or m.group("verb2")
        if not any(s <= m.start() < e for s, e in taken):
            out.append((m.start(), _kind(verb), 1.0, "="))
    return [(k, v, b) for _, k, v, b in sorted(out)]


# How far above a floor another outlet's count of the same day must be for the floor to
# fall short of it ("at least 14 killed" / "stands at 21", both the same evening).
_FLOOR_SHORT = 1.2


def _floor_short(a: _Tally, b: _Tally) -> bool:
    """A floor and a count well above it, in reports published the same day without times
    that tell them apart: the floor told that day falls short of the count told that day."""
    (lo, hi) = sorted((a, b), key=lambda t: t.figure.value)
    if lo.figure.bound not in _FLOORS or hi.figure.bound in _FLOORS:
        return False
    pa, pb = a.doc.article.published, b.doc.article.published
    return (pa is not None and pb is not None and pa[:10] == pb[:10]
            and not (timed(a.doc) and timed(b.doc))
            and hi.figure.value >= _FLOOR_SHORT * max(lo.figure.value, 1.0))


def _named_by(t: _Tally, other: Doc) -> bool:
    """Does the other article name a place the tally's sentence names?"""
    return any(e.sentence == t.sentence and e.label in PLACES
               and len(fold(e.text)) > 3 and fold(e.text).removeprefix("the ") in other.folded_text
               for e in t.doc.analysis.entities)


def _update(a: _Tally, b: _Tally, after_hours: float) -> bool:
    """The higher count published later, or the lower told at an earlier moment it names
    (``updates.later_update``)."""
    return later_update(a.doc, a.figure, b.doc, b.figure, after_hours)


# A toll told place by place ("three deaths in San Pablo, two in Malacatán, one in …"):
# each number is a part, none the toll.
_N = r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_BY_PLACE = re.compile(r"\b" + _N + r"\b[^.;,]{0,20}\bin\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+"
                       r"(?:and\s+)?" + _N + r"\s+(?:\w+\s+)?in\s+[A-Z]")


# A tally told of a place or body the other article never names is another happening's
# (one outlet recalls last year's disaster, or a shooting at another university).
_SETTING = PLACES | {"ORG"}


_FLOORS = frozenset({">", ">="})


def lone_tallies(tallies: list[_Tally], ratio: float) -> Callable[[_Tally, _Tally], bool]:
    """A test of two tallies of one kind: is each its article's only value of that kind,
    with no third value of the story within ``ratio`` of either (a measure key, as in
    ``measure_keys``: "killing 12" / "the blast left 15 dead" are one toll however unlike
    their sentences; an article giving 3 and 12 dead, or a story giving 12, 15 and 14,
    tells several)?"""
    per_doc: dict[tuple[str, str], set[float]] = defaultdict(set)
    story: dict[str, set[float]] = defaultdict(set)
    by_day: dict[tuple[str, str], set[float]] = defaultdict(set)  # (kind, published day)
    for t in tallies:
        per_doc[(t.doc.id, t.kind)].add(t.figure.value)
        story[t.kind].add(t.figure.value)
        by_day[(t.kind, (t.doc.article.published or "")[:10])].add(t.figure.value)

    def others(a: _Tally, b: _Tally) -> set[float]:
        """The story's other values of the kind; for two reports of one publication day,
        those told that day (a toll told on later days is an update, not a third value)."""
        day = (a.doc.article.published or "")[:10]
        if day and day == (b.doc.article.published or "")[:10]:
            return by_day[(a.kind, day)]
        return story[a.kind]

    def near(x: float, y: float) -> bool:
        lo, hi = sorted((x, y))
        return lo > 0 and hi / lo <= ratio

    def test(a: _Tally, b: _Tally) -> bool:
        va, vb = a.figure.value, b.figure.value
        return (len(per_doc[(a.doc.id, a.kind)]) == 1 and len(per_doc[(b.doc.id, b.kind)]) == 1
                and near(va, vb) and not any(near(v, va) or near(v, vb)
                                             for v in others(a, b) - {va, vb}))
    return test


def _stated(doc: Doc) -> list[int]:
    """The article's content sentences and its short full sentences ("Nobody was hurt."):
    a toll of none is often told in three or four words."""
    content = set(doc.content)
    return [s.index for s in doc.analysis.sentences
            if s.index in content or (doc.content and s.index > min(doc.content)
                                      and _FULL_STOP.search(doc.sentence_text(s.index)))]


_FULL_STOP = re.compile(r"^[A-Z\"“'‘].*\w[.!][\"”'’]?\s*$")


def lone_zeros(tallies: list[_Tally], docs: list[Doc]) -> Callable[[_Tally, _Tally], bool]:
    """A test of a toll of none against another outlet's count ("no injuries were reported"
    / "three people were injured"): the article saying none gives no count of that kind, and
    the other gives one count of it and never says none — each article's one toll of the
    kind, so one toll told two ways. (``tallies`` holds the counts, not yet the nones.)"""
    counts: dict[tuple[str, str], set[float]] = defaultdict(set)
    for t in tallies:
        counts[(t.doc.id, t.kind)].add(t.figure.value)
    nones = {(d.id, kind) for d in docs if d.independent for s in _stated(d)
             for kind in sentence_zeros(d.sentence_text(s))}

    def test(a: _Tally, b: _Tally) -> bool:
        zero, count = (a, b) if a.figure.value == 0 else (b, a)
        return (not counts[(zero.doc.id, zero.kind)]
                and len(counts[(count.doc.id, count.kind)]) == 1
                and (count.doc.id, count.kind) not in nones
                and count.figure.bound in ("=", "~", ">", ">="))
    return test


def tally_conflicts(docs: list[Doc], space: SentenceSpace,
                    options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    tallies: list[_Tally] = []
    for d in docs:
        if not d.independent:
            continue
        past = past_year_sentences(d)
        for s in d.content:
            if s in past or told_of_earlier(d, s) or _BY_PLACE.search(d.sentence_text(s)):
                continue  # "In 1995 a magnitude 8.0 quake near Antofagasta killed three"
            for kind, value, bound in sentence_tallies(d.sentence_text(s)):
                unit = "people"
                tallies.append(_Tally(d, s, kind, Figure(
                    text="", start=0, end=0, sentence=s, value=value, unit=unit,
                    kind="count", bound=bound)))
    lone = lone_tallies(tallies, options.key_ratio)
    zero_lone = lone_zeros(tallies, docs)
    for d in docs:
        if d.independent:
            past = past_year_sentences(d)
            tallies.extend(_Tally(d, s, kind, Figure(
                text="", start=0, end=0, sentence=s, value=0.0, unit="people", kind="count",
                bound="=")) for s in _stated(d) if s not in past and not told_of_earlier(d, s)
                for kind in sorted(sentence_zeros(d.sentence_text(s))))
    # Conflicting pairs join into groups (one disaster's dead, another's recalled toll
    # apart); each group of values is one discrepancy.
    earlier = {d.order: earlier_counts(d) for d in docs}
    tallied = {d.order: tally_values(d) for d in docs}
    keys: dict[tuple[str, float, str], int] = {}
    cites: dict[int, list[Citation]] = defaultdict(list)
    linked: list[tuple[int, int]] = []  # pairs of tallies set against each other
    for n, a in enumerate(tallies):
        for m in range(n + 1, len(tallies)):
            b = tallies[m]
            if a.kind != b.kind or a.doc.outlet == b.doc.outlet:
                continue
            if ((compatible_values(a.figure, b.figure) and not _floor_short(a, b))
                    or (_update(a, b, options.update_after_hours)
                        # (two digits swapped, "214" / "241": a slip, not a toll grown)
                        and not neighbours_swapped(a.figure.value, b.figure.value))):
                continue
            if (days_between(a.doc, b.doc) or 0.0) > options.statement_apart_days:
                continue  # a follow-up's toll, of another moment
            # Two floors far apart ("at least three killed", "at least 10 killed") both hold
            # once the toll is known: the smaller was told earlier (with publication times,
            # _update tells an update from a conflict).
            if (a.figure.bound in _FLOORS and b.figure.bound in _FLOORS
                    and not (timed(a.doc) and timed(b.doc))
                    and max(a.figure.value, b.figure.value) >= options.tally_floor_update
                    * max(min(a.figure.value, b.figure.value), 1.0)):
                continue
            # Either outlet giving the other's number too: two tallies, not one told twice
            # (or the toll's earlier moment: "Authorities had reported two deaths earlier").
            if any(t.kind == a.kind and ((t.doc is a.doc and t.figure.value == b.figure.value)
                                         or (t.doc is b.doc and t.figure.value == a.figure.value))
                   for t in tallies):
                continue
            if (_told_earlier(a) or _told_earlier(b) or a.figure.value in _rose_from(b)
                    or b.figure.value in _rose_from(a)):
                continue  # the toll as it stood before ("up from two"): history, not this
                # report's count
            lo_t, hi_t = sorted((a, b), key=lambda t: t.figure.value)
            if lo_t.figure.value < hi_t.figure.value and later_report(
                    lo_t.doc, hi_t.doc, tallied[lo_t.doc.order], earlier[hi_t.doc.order]):
                continue  # the higher told by a report that tells the other's toll as it
                # stood before ("had earlier reported two deaths"): a later count
            lo, hi = sorted((a.figure.value, b.figure.value))
            need = options.tally_same_event * (2 if hi > 2 * max(lo, 1) else 1)
            if (a.figure.value == 0) != (b.figure.value == 0):
                if not zero_lone(a, b):
                    continue
                need = 0.0  # none against the other outlet's one count: one toll
            elif lone(a, b):
                need = 0.0  # each outlet's one toll of this kind: one quantity, told unalike
            if (space.sim(a.doc, a.sentence, b.doc, b.sentence) < need
                    or ((elsewhere(a.doc, a.sentence, b.doc, labels=_SETTING)
                         or elsewhere(b.doc, b.sentence, a.doc, labels=_SETTING))
                        and not (_named_by(a, b.doc) or _named_by(b, a.doc)))):
                continue  # (a place each names places the toll: "near Mazar-i-Sharif in
                # northern Afghanistan" / "damaged … in Mazar-i-Sharif")
            linked.append((n, m))
    # Two values of which one telling each is dated apart ("killing at least seven … in
    # September" / "on Sunday, killing at least 10"): two happenings' tolls (``apart``).
    value_of = [(t.kind, t.figure.value, t.figure.bound) for t in tallies]
    ids = {v: n for n, v in enumerate(dict.fromkeys(value_of))}
    apart = groups_apart(linked, lambda i: ids[value_of[i]], range(len(tallies)),
                         lambda i, j: days_apart(tallies[i].doc, tallies[i].sentence,
                                                 tallies[j].doc, tallies[j].sentence))
    pairs: list[tuple[int, int]] = []
    for n, m in linked:
        if frozenset((ids[value_of[n]], ids[value_of[m]])) in apart:
            continue
        ends = []
        for t in (tallies[n], tallies[m]):
            key = keys.setdefault((t.kind, t.figure.value, t.figure.bound), len(keys))
            cites[key].append(t.doc.cite(t.sentence))
            ends.append(key)
        pairs.append((ends[0], ends[1]))
    uf = UnionFind(len(keys))
    for x, y in pairs:
        uf.union(x, y)
    groups: dict[int, list[tuple[str, float, str]]] = defaultdict(list)
    for value_key, i in keys.items():
        groups[uf.find(i)].append(value_key)
    out = []
    for members in groups.values():
        kind = members[0][0]
        shown = [(_NONE[kind] if v == 0 else format_value(v, "", bound) + f" {kind}",
                  cites[keys[(kind, v, bound)]]) for kind, v, bound in members]
        out.append(Discrepancy(
            kind="figure",
            about=f"people {kind}",
            values=[DiscrepancyValue(text, dedupe_citations(c)) for text, c in shown],
            note=f"Outlets give different numbers of people {kind}: "
                 + " vs ".join(text for text, _ in shown) + ".",
        ))
    return out


_NONE = {"killed": "no deaths", "injured": "no injuries"}
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _numbers(d: Discrepancy) -> set[float]:
    return {float(m.replace(",", "")) for v in d.values for m in _NUMBER.findall(v.value)}


def not_reported(found: list[Discrepancy], known: list[Discrepancy]) -> list[Discrepancy]:
    """The tally conflicts whose numbers no figure discrepancy already sets apart."""
    known_numbers = [_numbers(d) for d in known if d.kind == "figure"]
    return [d for d in found if not any(len(_numbers(d) & k) >= 2 for k in known_numbers)]
