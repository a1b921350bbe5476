"""How far to trust a reported disagreement: a small learned model over its evidence.

The readings find candidate disagreements by rule; on pages they were not written against,
about a third of the candidates are not real (two different facts aligned, one figure
rounded, an earlier value, a background event). ``features`` reads a report's evidence —
which reading found it, its kind, how alike its sentences are, hedged, rounded or far-apart
values, words of an update, how long its sentences are, how many outlets tell it (of what
the story can offer: ``_support``), whether one article gives two of its values, how much
its sentences say of what it is about — and ``probability`` turns them into the chance
that it is real with a logistic regression whose weights and threshold live in
``confidence_model.json``. ``bench/train_confidence.py`` fits them on the reports each
story-battery training part drew from the code as it was *before* that part was read (the
errors fresh coverage brings), with the same parts' reports from this code at half weight
and ECB+'s annotated development part (real news), and prints its leave-one-batch-out
score. A report below the threshold is held back: the brief shows it apart, as possible
only. A quote's two wordings are not judged: they are variants of one
statement, shown as such (``quotes.is_wording``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import Discrepancy
from .quotes import is_wording
from .text import content_words, numbers

MODEL_PATH = Path(__file__).with_name("confidence_model.json")

# A value told loosely: two such values a little apart are one figure rounded.
_HEDGE = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|more than|less than|over|under|some|up to|"
    r"at least|approximately|just over|just under|close to)\b", re.I)
# Words of a count or statement that moves on: an earlier or later stage, not a conflict.
_UPDATE = re.compile(
    r"\b(?:initial(?:ly)?|preliminary|provisional|revised|earlier|first|later|now|so far|"
    r"as of|updated|had|latest|final|until|since|by (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mid|late|early|the end))\b", re.I)
_NUMBER = re.compile(r"(\d{1,2}):(\d{2})\b|\d+(?:[.,]\d+)*")  # a clock time, or a number
# A day told by its date ("November 5", "5 Nov", "06/27"), not by a weekday or "today" that
# the reader had to resolve (where one outlet's zone or publication day moves it).
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_TOLD_DAY = re.compile(rf"\b{_MONTH}\s+\d|\b\d{{1,2}}\s+{_MONTH}|\b\d{{1,2}}/\d{{1,2}}\b", re.I)
_ROUNDED = 0.06  # hedged values within this share of each other: one figure rounded
_ROUNDED_HOURS = 0.17  # hedged clock times within ten minutes ("about 3 p.m." / "3:08 p.m.")
_FAR_APART = 0.5  # values further apart than this share: often two different figures


@dataclass(frozen=True)
class StoryContext:
    """What a report's features read beyond the report itself."""

    published: Mapping[str, str | None]  # article id -> its publication time, if known
    reports: int  # the story's candidate reports
    articles: int
    outlets: int | None = None  # the story's outlets (None: one outlet per article)


def features(d: Discrepancy, story: StoryContext) -> dict[str, float]:
    """The report's evidence as named numbers (the model's inputs before its one-hots)."""
    cites = [c for v in d.values for c in v.citations]
    sentences = [c.sentence for c in cites] or [""]
    f: dict[str, float] = {
        "n_values": len(d.values),
        "outlet_support": _support(len({c.outlet for c in cites}),
                                   story.articles if story.outlets is None else story.outlets),
        "n_cit": len(cites),
    }
    # each cited sentence's content words, read once for the features that compare them
    said = [[content_words(c.sentence) for c in v.citations] for v in d.values]
    f["sim_j"], f["sim_o"] = _closest_sentences(said)
    hedged = sum(bool(_HEDGE.search(v.value)) for v in d.values) / max(len(d.values), 1)
    f["hedges"] = hedged
    figures = [n for n in (_first_number(v.value) for v in d.values) if n is not None]
    top = max((abs(n) for n in figures), default=0.0)
    apart = (max(figures) - min(figures)) / top if len(figures) >= 2 and top else 0.0
    rounded = apart < _ROUNDED
    if d.kind == "time" and len(figures) >= 2:  # clock times: apart by the day, not the hour
        apart = (max(figures) - min(figures)) / 24
        rounded = max(figures) - min(figures) <= _ROUNDED_HOURS
    f["has_num"] = float(len(figures) >= 2 and top > 0)
    f["reldiff"] = apart
    f["rounding"] = float(bool(f["has_num"]) and rounded and hedged > 0)
    f["big_diff"] = float(bool(f["has_num"]) and apart > _FAR_APART)
    f["update_words"] = _share(sentences, lambda s: bool(_UPDATE.search(s)))
    f["table"] = _share(sentences, lambda s: s.lstrip().startswith(("-", "|", "•")) or "|" in s)
    f["quoted"] = _share(sentences, lambda s: bool(re.search(r"[\"“”‘’']", s)))
    f["sent_len"] = math.log1p(sum(map(len, sentences)) / len(sentences))
    f["num_density"] = sum(len(numbers(s)) for s in sentences) / len(sentences)
    f["days_apart"] = math.log1p(_days_apart([story.published.get(c.article_id)
                                              for c in cites]))
    f["noise"] = story.reports / max(story.articles, 1)
    f["about_len"] = math.log1p(len(d.about))
    f["about_is_sentence"] = float(len(d.about) > 40)
    f.update(_crossing(d, said))
    f["told_dates"] = (sum(bool(_TOLD_DAY.search(v.value.partition(" ")[2])) for v in d.values)
                       / max(len(d.values), 1)) if d.kind == "date" else 0.0
    return f


def _support(citing: int, outlets: int) -> float:
    """The outlets behind a report, as a share of what the story can offer, up to
    ``_FULL_SUPPORT``: in a story of two outlets, one against the other is all there is to
    tell (the battery the model learns from has three outlets or more to a story, so a raw
    count would hold every two-outlet story's reports back); in larger stories it is the
    count over ``_FULL_SUPPORT``."""
    return min(citing, outlets) / min(outlets, _FULL_SUPPORT) if outlets > 0 else 0.0


_FULL_SUPPORT = 3  # outlets: one value against another corroborated once


def _crossing(d: Discrepancy, said: list[list[set[str]]]) -> dict[str, float]:
    """Does an article give two of the values (two facts, not one told two ways)? How much
    of what the report is about do its sentences say? (How thin the least-told value is
    was an input once: the battery's authors always set one wrong outlet against two or
    more right ones, so it taught the model that one outlet against one is false, and every
    report of a two-outlet story paid for it; left out, the battery's leave-one-batch-out
    AUC moved 0.795 → 0.792.)"""
    by_value = [{c.article_id for c in v.citations} for v in d.values]
    both = float(any(a & b for i, a in enumerate(by_value) for b in by_value[i + 1:]))
    about = content_words(d.about)
    sentences = [words for value in said for words in value]
    covered = (sum(len(about & s) / len(about) for s in sentences) / len(sentences)
               if about and sentences else 0.0)
    return {"one_article_both": both, "about_said": covered}


@dataclass(frozen=True)
class ConfidenceModel:
    """Standardised logistic regression: named inputs, their means and scales, weights."""

    inputs: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float  # below it a report is held back (chosen in training, see there)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConfidenceModel:
        def floats(key: str) -> tuple[float, ...]:
            return tuple(float(x) for x in data[key])
        return cls(tuple(str(x) for x in data["inputs"]), floats("means"), floats("scales"),
                   floats("weights"), float(data["intercept"]), float(data["threshold"]))


def inputs(d: Discrepancy, f: Mapping[str, float], names: Sequence[str]) -> list[float]:
    """The model's input row: named features, then one-hots ``kind=…`` and ``rule=…``."""
    row = []
    for name in names:
        if name.startswith("kind="):
            row.append(float(d.kind == name[5:]))
        elif name.startswith("rule="):
            row.append(float(d.rule == name[5:]))
        else:
            row.append(float(f[name]))
    return row


def probability(d: Discrepancy, story: StoryContext, model: ConfidenceModel) -> float:
    """The chance that the report is a real disagreement, by the model."""
    row = inputs(d, features(d, story), model.inputs)
    z = model.intercept + sum(w * (x - m) / s for x, m, s, w in
                              zip(row, model.means, model.scales, model.weights, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> ConfidenceModel:
    return ConfidenceModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def score_reports(found: Sequence[Discrepancy], story: StoryContext,
                  min_confidence: float | None = None) -> None:
    """Give each report its confidence and hold back those below ``min_confidence`` (by
    default the model's own threshold); a quote's wordings keep no score and are never
    held back."""
    model = load_model()
    if min_confidence is None:
        min_confidence = model.threshold
    for d in found:
        if is_wording(d):
            continue
        d.confidence = round(probability(d, story, model), 3)
        d.held_back = d.confidence < min_confidence


def _closest_sentences(said: list[list[set[str]]]) -> tuple[float, float]:
    """The most alike pair of sentences from two values (each value's sentences' content
    words): Jaccard and overlap of their words other than numbers (two tellings of one fact
    share their words)."""
    words = [[{w for w in sentence if not w[0].isdigit()} for sentence in value]
             for value in said]
    best_j = best_o = 0.0
    for i, left in enumerate(words):
        for right in words[i + 1:]:
            for a in left:
                for b in right:
                    if a and b:
                        shared = len(a & b)
                        best_j = max(best_j, shared / len(a | b))
                        best_o = max(best_o, shared / min(len(a), len(b)))
    return best_j, best_o


def _first_number(value: str) -> float | None:
    """The value's first number; a clock time in hours ("10:30" is 10.5, not 10)."""
    m = _NUMBER.search(value)
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1)) + int(m.group(2)) / 60
    try:
        return float(m.group(0).replace(",", ""))
    except ValueError:  # "1.2.3"
        return None


def _share(sentences: Sequence[str], test: Callable[[str], bool]) -> float:
    return sum(test(s) for s in sentences) / len(sentences)


def _days_apart(published: Sequence[str | None]) -> int:
    days = sorted({p[:10] for p in published if p})
    try:
        return (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days if days else 0
    except ValueError:
        return 0
