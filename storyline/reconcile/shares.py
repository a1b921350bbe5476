"""An election's headline numbers, told in unlike sentences: turnout, the winner's share,
the winning margin (issue 11, recall).

"Turnout reached 68%" / "some 72 percent of registered voters cast a ballot"; "the
incumbent won 52.4% of the vote" / "the president secured a second term with 54.2 percent
support"; "won by about 8 points" / "a 12-point victory". The sentences share few words, and
a share's key word does not name its whole, so neither sentence similarity nor measure keys
(``measure_keys``) set them against each other. What ties them is what the number is of:
each is one of a small closed class of an election's headline numbers, named by a closed
class of words (``_CONCEPTS``), the same in any election story.

A report needs, for one concept: two independent outlets that each give exactly one value
for it (an outlet giving two tells two elections, two candidates or two moments), the two
values different and within ``ReconcileOptions.share_ratio`` (the margin: ``margin_ratio``),
neither of a count still going on ("with 60% of the vote counted", ``updates``), the two
sentences not dated apart ("Sunday's runoff" / "Monday's runoff": two votes), and the
reports published at most ``statement_apart_days`` apart. A share or margin is a result only
next to a word of winning ("won", "re-elected", "victory"): a poll's is not ("leads with 52%
in a new survey").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from storyline.records import Figure

from .evidence import Doc, dedupe_citations, outlet_pairs
from .figure_values import format_value
from .model import Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .same_happening import different_times
from .same_measure import poll_number
from .updates import partial

_NUMBER = r"(?:about |nearly |almost |roughly |some |around |more than |just over |just under )?"
# What a percentage or a count of points is of: each concept, the words that name it in
# the number's clause.
_TURNOUT = re.compile(r"\bturnout\b|\bparticipation\b|\bcast (?:a |their )?(?:ballot|vote)s?\b|"
                      r"\b(?:voters|electorate)\b[^.;]{0,40}\b(?:voted|turned out)\b",
                      re.IGNORECASE)
_WIN = re.compile(r"\b(?:won|wins|winning|secured|secures|re-?elected|elected|victory|"
                  r"claimed victory|clinched)\b", re.IGNORECASE)
_SHARE = re.compile(r"\bof the (?:popular )?vote\b|\bof (?:the )?(?:votes|ballots)\b|"
                    r"\bsupport\b|\bvote share\b|\bshare of the vote\b", re.IGNORECASE)
_MARGIN_AFTER = re.compile(r"\s*-?\s*(?:percentage[- ])?points?\s*(?:victory|win|margin|lead)\b|"
                           r"\s+(?:percentage\s+)?points?\b", re.IGNORECASE)
_MARGIN_BEFORE = re.compile(r"\b(?:by|margin of|lead of|won by)\s+" + _NUMBER + r"$",
                            re.IGNORECASE)
# How far around the number its clause is read.
_WINDOW = 80


@dataclass(frozen=True)
class _Told:
    doc: Doc
    fig: Figure


def _clause(doc: Doc, f: Figure) -> str:
    text = doc.article.text
    s = next((x for x in doc.analysis.sentences if x.index == f.sentence), None)
    lo, hi = (s.start, s.end) if s is not None else (0, len(text))
    return text[max(lo, f.start - _WINDOW):min(hi, f.end + _WINDOW)]


def _concept(doc: Doc, f: Figure) -> str | None:
    """Which headline number of an election the figure is, if any."""
    text = doc.article.text
    if f.value_max is not None or f.value <= 0:
        return None
    clause = _clause(doc, f)
    if f.kind == "percent" and f.unit == "%":
        if _TURNOUT.search(clause):
            return "turnout"
        if _WIN.search(clause) and _SHARE.search(clause):
            return "winner's share"
        return None
    points = (f.kind == "percent" and f.unit == "pp") or (
        f.kind == "count" and f.unit.lower() in ("point", "points"))
    if (points and (_WIN.search(clause) or ("margin" in clause.lower()
                                            and not poll_number(doc, f.sentence)))
            and (_MARGIN_BEFORE.search(text[max(0, f.start - 20):f.start])
                 or _MARGIN_AFTER.match(text, f.end) or "-point" in f.text)):
        return "winning margin"
    return None


def share_conflicts(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS
                    ) -> list[Discrepancy]:
    """Two outlets giving one election's turnout, winner's share or margin differently; see
    the module's rules."""
    told: dict[tuple[int, str], list[_Told]] = defaultdict(list)
    for d in docs:
        if not d.independent:
            continue
        for f in d.analysis.figures:
            concept = _concept(d, f)
            if concept is not None and not partial(d, f):
                told[(d.order, concept)].append(_Told(d, f))
    out: list[Discrepancy] = []
    seen: set[str] = set()
    for da, db in outlet_pairs(docs):
        ta, tb = da.published_at, db.published_at
        if ta and tb and abs((ta - tb).total_seconds()) > options.statement_apart_days * 86400:
            continue
        for concept in ("turnout", "winner's share", "winning margin"):
            xs, ys = told.get((da.order, concept), []), told.get((db.order, concept), [])
            if len({x.fig.value for x in xs}) != 1 or len({y.fig.value for y in ys}) != 1:
                continue
            a, b = xs[0].fig, ys[0].fig
            lo, hi = sorted((a.value, b.value))
            limit = options.margin_ratio if concept == "winning margin" else options.share_ratio
            if (lo == hi or hi / lo > limit or concept in seen
                    or different_times(da, a, db, b)):
                continue  # agreeing, too far apart, or told of two days: two elections
            seen.add(concept)
            unit = "%" if concept != "winning margin" else " points"
            shown = [format_value(f.value, "%", f.bound) if unit == "%"
                     else f"{format_value(f.value, '', f.bound)} points" for f in (a, b)]
            out.append(Discrepancy(
                kind="figure", about=f"the election's {concept}",
                values=[DiscrepancyValue(shown[0], dedupe_citations([da.cite(a.sentence)])),
                        DiscrepancyValue(shown[1], dedupe_citations([db.cite(b.sentence)]))],
                note=f"Outlets give the election's {concept} differently: "
                     f"{shown[0]} vs {shown[1]}."))
    return out
