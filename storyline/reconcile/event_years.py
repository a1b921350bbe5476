"""The year of a past happening, told by outlets in unlike sentences.

"In 1957, Page disappeared from the flash of the cameras" / "Page suddenly disappeared from
the scene in 1958": one happening, two years. The words around each year differ (the year
opens one sentence and closes the other), so ``date_conflicts``, which compares days in
alike sentences or with the same words around them, never sets them against each other. What
ties them is the verb each year dates (``TimeExpr.governor``, read from the parse).

A report needs a verb that names a happening (not a reporting or linking verb) and is
specific to the story (in few of its sentences: a verb of every paragraph names no one
happening), two independent outlets that each date it with exactly one bare year (an outlet
giving two years for the verb tells several happenings: two marriages), no third year told
for the verb, the two years at most ``ReconcileOptions.year_max_apart`` apart, and the two
sentences naming the same people, or neither naming anyone ("Neal married in 1947" /
"Walterson married in 1948": two marriages). Years inside quotations are the speaker's.
"""

from __future__ import annotations

import re
from collections import defaultdict

from storyline.records import TimeExpr

from .date_conflicts import happening_verb, quoted, word_weights
from .evidence import Doc, dedupe_citations
from .measure_keys import named_people
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .text import clip

_YEAR = re.compile(r"(?:in |by |since |after |until )?(1[5-9]\d\d|20\d\d)", re.IGNORECASE)
# A verb in more of the story's sentences than 5% (and more than this many) is what the
# story is about, not one happening.
_SPECIFIC_FLOOR = 3


def _bare_year(t: TimeExpr) -> int | None:
    """The year of an expression that is a year alone ("1957", "in 1958"), else None."""
    if t.type != "DATE" or t.granularity != "year" or t.end_value is not None:
        return None
    m = _YEAR.fullmatch(t.text.strip())
    return int(m.group(1)) if m else None


_SCOPE_BEFORE = re.compile(r"\b(?:for|by|through|until|till)\s+$", re.IGNORECASE)


def year_conflicts(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS
                   ) -> list[Discrepancy]:
    """Independent outlets giving one happening (the same specific verb) different years;
    see the module's rules."""
    weights = word_weights(docs)
    # verb -> outlet -> [(doc, sentence, year)]
    told: dict[str, dict[str, list[tuple[Doc, int, int, int]]]] = defaultdict(
        lambda: defaultdict(list))
    written: dict[str, str] = {}  # the verb as first written ("retired" of "retir")
    # verb -> outlet -> years told for it in other words ("averaging 2.3% this year and 2%
    # in 2027": two years of the verb, so "in 2027" is not the outlet's one year for it)
    relative: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for d in docs:
        if not d.independent:
            continue
        for t in d.analysis.times:
            year = _bare_year(t)
            verb = happening_verb(t)
            if verb is None or quoted(d, t):
                continue
            if year is not None and _SCOPE_BEFORE.search(
                    d.article.text, max(0, t.start - 12), t.start):
                continue  # "a growth goal of 6% to 7% for 2026", "by 2030": a year a goal
                # or a deadline is for, not one something happened in
            if year is None:
                if t.type == "DATE" and t.granularity == "year" and (t.value or "")[:4].isdigit():
                    relative[verb][d.outlet].add(int((t.value or "")[:4]))
                continue
            if not weights.specific(verb, _SPECIFIC_FLOOR):
                continue
            told[verb][d.outlet].append((d, t.sentence, year, t.start))
            written.setdefault(verb, t.governor or verb)
    out = []
    for verb, by_outlet in told.items():
        lone = {o: xs[0] for o, xs in by_outlet.items()
                if len({x[2] for x in xs} | relative[verb][o]) == 1}
        years = {x[2] for xs in by_outlet.values() for x in xs}
        if len(years) != 2 or len(lone) < 2:
            continue  # one year (agreement) or three (several happenings of the verb)
        a, b = sorted(years)
        if b - a > options.year_max_apart:
            continue
        firsts = [x for x in lone.values() if x[2] == a]
        thens = [x for x in lone.values() if x[2] == b]
        if not firsts or not thens or not any(
                _same_people(f[0], f[1], t[0], t[1])
                and not _other_bodies(f[0], f[1], f[3], t[0], t[1], t[3])
                for f in firsts for t in thens):
            continue
        by_year: dict[int, list[tuple[Doc, int]]] = defaultdict(list)
        for x in lone.values():
            by_year[x[2]].append((x[0], x[1]))
        ranked = sorted(by_year.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        values = [DiscrepancyValue(str(year), dedupe_citations(d.cite(s) for d, s in cited))
                  for year, cited in ranked]
        shown = " vs ".join(v.value for v in values)
        first = ranked[0][1][0]
        out.append(Discrepancy(
            kind="date", about=clip(first[0].sentence_text(first[1])), values=values,
            note=f"The outlets date the same happening (\u201c{written[verb]}\u201d) in different "
                 f"years: {shown}.",
        ))
    return out


def _same_people(da: Doc, sa: int, db: Doc, sb: int) -> bool:
    """Both sentences name people, some the same, or neither names anyone (one naming
    someone the other does not may tell that person's happening)."""
    pa, pb = named_people(da, sa), named_people(db, sb)
    return bool(pa & pb) if pa or pb else True


def _nearest_body(doc: Doc, sentence: int, at: int) -> str | None:
    """The organisation (or person: the tagger takes many a company for one) named nearest
    a year in its sentence: what was founded, built or opened then ("Motores Turia, a
    company founded in 2018")."""
    bodies = [e for e in doc.analysis.entities
              if e.sentence == sentence and e.label in ("ORG", "PERSON")]
    if not bodies:
        return None
    near = min(bodies, key=lambda e: min(abs(e.start - at), abs(e.end - at)))
    return near.text.lower()


def _other_bodies(da: Doc, sa: int, at_a: int, db: Doc, sb: int, at_b: int) -> bool:
    """Each year told nearest a different organisation or person ("Motores Turia, a company
    founded in 2018" / "Founded in Lisbon in 2019, Estrela Aeroespacial employs …"): two
    bodies' happenings."""
    a, b = _nearest_body(da, sa, at_a), _nearest_body(db, sb, at_b)
    return a is not None and b is not None and a != b
