"""The year of an earlier disaster, told by outlets as background (issue 11, recall).

"Older residents remember the 2004 earthquake, which killed more than 600 people" / "A 2014
earthquake in the same area killed more than 600 people"; "the strongest since the magnitude
7.4 quake of June 2020" / "since the M7.4 earthquake of June 2022": a story's background
names an earlier happening by what sets it apart (its magnitude, its toll) and dates it. The
sentences are too unlike for ``date_conflicts`` and the year dates no shared verb
(``event_years``); what ties the two tellings is the same magnitude or toll of a happening of
one kind.

A telling is a sentence with a disaster word, exactly one year (with its month, if given),
and a magnitude or a toll (with its bound: "more than 300" is not "nearly 300"); the year
must be before the story's own (an earlier happening, not the story's: the year its articles
are dated, or with none dated, the latest year they name).

A report needs two independent outlets that each give one year for the same kind of
happening and the same magnitude or toll, the years different and at most ``_MAX_APART``
apart, and the sentences not each naming a place of its own ("L'Aquila" / "Amatrice"). An
outlet giving two years for one magnitude tells two happenings.
"""

from __future__ import annotations

import re
from collections import defaultdict

from storyline.nlp.time_grammar import MONTH_FULL, WEEKDAY

from .evidence import Doc, dedupe_citations
from .magnitudes import magnitude_figures
from .model import Discrepancy, DiscrepancyValue
from .tallies import sentence_tallies
from .text import fold

_MAX_APART = 30  # years: a slip of a digit or two, not two happenings a lifetime apart

_YEAR = re.compile(r"\b(?:(?P<month>" + MONTH_FULL +
                   r")\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)")
# The happenings a background sentence dates, by kind (one kind's words are one happening's).
_KINDS = {
    "earthquake": re.compile(r"\b(?:earthquakes?|quakes?|tremors?|temblors?)\b", re.I),
    "flood": re.compile(r"\b(?:floods?|flooding)\b", re.I),
    "storm": re.compile(r"\b(?:cyclones?|typhoons?|hurricanes?|storms?)\b", re.I),
    "eruption": re.compile(r"\beruptions?\b", re.I),
    "landslide": re.compile(r"\blandslides?\b", re.I),
    "tsunami": re.compile(r"\btsunamis?\b", re.I),
}


def _story_year(docs: list[Doc]) -> int | None:
    """The story's own year: its articles' dates (published, or read from their text), or
    with none dated, the latest year any of them names (a background year is before it)."""
    dated = [d.analysis.reference_date or d.article.published or d.assumed_date or ""
             for d in docs]
    years = [int(x[:4]) for x in dated if x[:4].isdigit()]
    if years:
        return max(years)
    named = [int(m["year"]) for d in docs for n in d.content
             for m in _YEAR.finditer(d.sentence_text(n))]
    return max(named) if named else None


def _keys(said: str, kind: str, magnitudes: set[float]) -> set[tuple[str, str]]:
    """What sets the happening apart: its magnitude (an earthquake's, as ``magnitudes``
    reads them), its death toll with its bound (``tallies``)."""
    keys = {(kind, f"magnitude {m:g}") for m in magnitudes} if kind == "earthquake" else set()
    return keys | {(kind, f"toll {bound}{value:g}")
                   for what, value, bound in sentence_tallies(said) if what == "killed"}


def _places(doc: Doc, sentence: int) -> frozenset[str]:
    """The places a sentence names: tagged ones, and a capitalised word after "in", "near"
    or "the town of" (the tagger reads an unfamiliar town as a person)."""
    tagged = {fold(e.text) for e in doc.analysis.entities
              if e.sentence == sentence and e.label in {"GPE", "LOC", "FAC"}}
    written = {fold(m.group(1)) for m in _PLACE.finditer(doc.sentence_text(sentence))
               if not _CALENDAR.fullmatch(m.group(1))}
    return frozenset(tagged | written)


_PLACE = re.compile(r"\b(?:in|near|at|around|outside)\s+(?:the\s+(?:city|town|village|region|"
                    r"province|district|island)\s+of\s+)?([A-Z][\w'’-]+)")
_CALENDAR = re.compile(MONTH_FULL + "|" + WEEKDAY)


def _tellings(doc: Doc, before: int
              ) -> dict[tuple[str, str], list[tuple[int, str, int]]]:
    """key -> [(sentence, the date as written, its year)] of the article's background."""
    out: dict[tuple[str, str], list[tuple[int, str, int]]] = defaultdict(list)
    magnitudes: dict[int, set[float]] | None = None  # by sentence, read when first needed
    for n in doc.content:
        said = doc.sentence_text(n)
        years = {(m["month"] or "", int(m["year"])) for m in _YEAR.finditer(said)}
        if len(years) != 1:
            continue
        month, year = years.pop()
        kinds = [k for k, words in _KINDS.items() if words.search(said)]
        if year >= before or len(kinds) != 1:
            continue
        if kinds[0] == "earthquake" and magnitudes is None:
            magnitudes = defaultdict(set)
            for f in magnitude_figures(doc):
                if f.unit == "magnitude":
                    magnitudes[f.sentence].add(f.value)
        for key in _keys(said, kinds[0], (magnitudes or {}).get(n, set())):
            out[key].append((n, f"{month} {year}".strip(), year))
    return out


def past_event_year_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Independent outlets dating one earlier happening (same kind, same magnitude or toll)
    in different years; see the module's rules."""
    before = _story_year(docs)
    if before is None:
        return []
    told: dict[tuple[str, str], dict[str, list[tuple[Doc, int, frozenset[str]]]]] = \
        defaultdict(lambda: defaultdict(list))
    for doc in docs:
        if not doc.independent:
            continue
        for key, tellings in _tellings(doc, before).items():
            if len({year for _, _, year in tellings}) != 1:
                continue  # two years for one magnitude: two happenings
            n, written, _ = tellings[0]
            told[key][written].append((doc, n, _places(doc, n)))
    out: list[Discrepancy] = []
    seen: set[str] = set()
    for (kind, _), by_date in told.items():
        dates = sorted(by_date, key=lambda w: (-len(by_date[w]), w))
        years = {int(w[-4:]) for w in dates}
        outlets = [{d.outlet for d, _, _ in by_date[w]} for w in dates]
        if (len(years) < 2 or max(years) - min(years) > _MAX_APART
                or any(a & b for i, a in enumerate(outlets) for b in outlets[i + 1:])):
            continue  # one date; or an outlet giving both
        if all(pa and pb and not pa & pb for _, _, pa in by_date[dates[0]]
               for _, _, pb in by_date[dates[1]]):
            continue  # each names its own place ("L'Aquila" / "Amatrice"): two happenings
        if kind in seen:
            continue
        seen.add(kind)
        values = [DiscrepancyValue(w, dedupe_citations(d.cite(n) for d, n, _ in by_date[w]))
                  for w in dates]
        out.append(Discrepancy(
            kind="date", about=f"the year of the earlier {kind}", values=values,
            note=f"Outlets date the earlier {kind} differently: "
                 + " vs ".join(v.value for v in values) + "."))
    return out
