"""How many times one person was acted on: "Gray was shot 11 times" in one outlet and "the
autopsy showed he had been shot seven times" in another.

A count of repetitions ("shot seven times", "arrested four times", "stabbed twice") sits on
the verb it counts, so unlike sentences still compare when they count the same verb for the
same person: two independent outlets, the same verb word right before the count, a person's
name word (from the named-entity tagger) in both sentences, and sentence cosine at least
``verb_times_same_event``. Different counts are a ``figure`` discrepancy.

Not a conflict: bounded counts ("at least 10 times", "more than twice"), comparisons ("three
times as many", "four times higher"), an article that gives both counts of the verb (two
happenings, "shot twice in 2019 and three times in 2021"), reports published further apart
than ``statement_apart_days`` (a count of arrests grows), and counts for different people
(no person named in both sentences).
"""

from __future__ import annotations

import re
from collections import defaultdict

from .evidence import Doc, dedupe_citations, outlet_pairs
from .model import Citation, Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .people import name_tokens
from .space import SentenceSpace
from .statements import _far_apart
from .text import STOP_WORDS, fold, spell_numbers, wordset

_COUNT = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?P<n>\d{1,3}|twice|once)(?:\s+(?P<times>times))?\b"
    r"(?!\s+(?:as|more|less|fewer|higher|lower|larger|bigger|greater|over|the|that|than)\b)")
_BOUNDED = re.compile(r"\b(?:at least|at most|more than|less than|fewer than|up to|over|"
                      r"nearly|almost|about|around|some|as many as)\s*$")
# Past participles not ending in -ed that count repetitions of what was done to someone.
_IRREGULAR = wordset(
    "shot hit struck beaten beat bitten caught held seen met fought thrown won lost run hurt cut"
)
_NOT_VERBS = STOP_WORDS | {"times", "about", "around", "nearly", "almost", "least", "than"}


def verb_counts(doc: Doc, sentence: int) -> list[tuple[str, int, str]]:
    """(verb, count, text) of each unbounded "<verb> N times" in the sentence."""
    text = spell_numbers(fold(doc.sentence_text(sentence)))
    out = []
    for m in _COUNT.finditer(text):
        n = m.group("n")
        if n.isdigit() and not m.group("times"):
            continue  # "shot 11" is no count of times
        verb = m.group("verb")
        if (_BOUNDED.search(text[:m.start("n")]) or verb in _NOT_VERBS
                or not (verb.endswith("ed") or verb in _IRREGULAR)):
            continue
        count = {"once": 1, "twice": 2}.get(n) or int(n)
        out.append((m.group("verb"), count, text[m.start():m.end()]))
    return out


def person_words(doc: Doc) -> set[str]:
    """The name words of the people the article names (the tagger misses many a lone
    surname in a sentence, "Gray, 16, was shot", but rarely every mention)."""
    return {w for e in doc.analysis.entities if e.label == "PERSON"
            for w in name_tokens(e.text) if len(w) > 2}


def _names(doc: Doc, sentence: int, people: set[str]) -> set[str]:
    return set(re.findall(r"[a-z]+", fold(doc.sentence_text(sentence)))) & people


def verb_times_conflicts(docs: list[Doc], space: SentenceSpace,
                         options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    """Independent outlets counting one verb for one person differently."""
    found: dict[tuple[str, str], dict[int, list[Citation]]] = defaultdict(dict)
    counts = {(d.order, s): verb_counts(d, s) for d in docs if d.independent for s in d.content}
    given: dict[tuple[int, str], set[int]] = defaultdict(set)
    for (order, _), items in counts.items():
        for verb, n, _ in items:
            given[(order, verb)].add(n)
    people = {d.order: person_words(d) for d in docs}
    for da, db in outlet_pairs(docs):
        if _far_apart(da, db, options.statement_apart_days):
            continue
        for sa in da.content:
            for verb, x, _ in counts.get((da.order, sa), []):
                for sb in db.content:
                    for verb_b, y, _ in counts.get((db.order, sb), []):
                        if verb_b != verb or x == y:
                            continue
                        if y in given[(da.order, verb)] or x in given[(db.order, verb)]:
                            continue  # an article gives both: two happenings
                        shared = (_names(da, sa, people[da.order])
                                  & _names(db, sb, people[db.order]))
                        if not shared or space.sim(da, sa, db, sb) < \
                                options.verb_times_same_event:
                            continue
                        person = sorted(shared)[0]
                        values = found[(person, verb)]
                        values.setdefault(x, []).append(da.cite(sa))
                        values.setdefault(y, []).append(db.cite(sb))
    out = []
    for (_, verb), values in found.items():
        shown = {n: f"{verb} {n} times" if n > 2 else f"{verb} {'once' if n == 1 else 'twice'}"
                 for n in values}
        out.append(Discrepancy(
            kind="figure",
            about=f"how many times “{verb}”",
            values=[DiscrepancyValue(shown[n], dedupe_citations(c))
                    for n, c in sorted(values.items())],
            note="The outlets count this differently: "
                 + " vs ".join(f"“{shown[n]}”" for n in sorted(values)) + ".",
        ))
    return out
