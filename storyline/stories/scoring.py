"""How alike an article is to each candidate story: the online pass's scores.

Owns the score of an article (or a story's profile) against story profiles — the cosine,
shared names held to the shared words, damped by the distance in days and by what the
texts state (``evidence.py``) — for :class:`~storyline.stories.index.StoryIndex`, which
keeps the stories, the options and a dense scratch vector these functions use.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from storyline.stories import evidence
from storyline.stories.features import BLOCKS, Features, Featurizer, capped_names
from storyline.stories.options import ClusterOptions
from storyline.stories.story import OpenStory

if TYPE_CHECKING:
    from storyline.stories.index import StoryIndex

Told = tuple[Iterable[evidence.Interval], Iterable[evidence.Label]]


def time_factors(options: ClusterOptions, gap_days: np.ndarray) -> np.ndarray:
    """1 within the grace period, then ``exp(-(gap - grace) / decay)``, 0 beyond the
    window, for each gap in days."""
    o = options
    gap = np.asarray(gap_days, dtype=np.float64)
    factor = np.where(gap <= o.grace_days, 1.0,
                      np.exp(-(np.maximum(gap, o.grace_days) - o.grace_days) / o.decay_days))
    return np.where(gap > o.window_days, 0.0, factor)


def story_time_factor(options: ClusterOptions, story: OpenStory, day: int | None) -> float:
    """:func:`time_factors` for one story and an article's day (scalar, no arrays)."""
    o = options
    gap = story.days_from(day)
    if gap > o.window_days:
        return 0.0
    if gap <= o.grace_days:
        return 1.0
    return math.exp(-(gap - o.grace_days) / o.decay_days)


def weighed(featurize: Featurizer, story: OpenStory) -> np.ndarray:
    """The story profile's weights under the running IDF (cached per IDF epoch)."""
    epoch = featurize.vocabulary.epoch
    if story.weighed is None or story.weighed[0] != epoch:
        story.weighed = (epoch, featurize.weigh(story.profile))
    return story.weighed[1]


def dot(featurize: Featurizer, scratch: np.ndarray, story: OpenStory, cap: float) -> float:
    """The cosine of the article scattered into ``scratch`` with a story's profile, the
    shared names held to ``cap`` times the shared words (:func:`capped_names`; 0: off)."""
    if cap <= 0:
        return float(scratch[story.profile.indices] @ weighed(featurize, story))
    parts = np.bincount(story.profile.blocks,
                        weights=scratch[story.profile.indices] * weighed(featurize, story),
                        minlength=len(BLOCKS))
    return float(capped_names(parts, cap))


def scores(index: StoryIndex, feats: Features, weights: np.ndarray, sids: list[int],
           day: int | None, told: Told = ((), ())) -> list[float]:
    """Cosine of an article (or profile) with each story's profile, damped by the distance
    in days and, when either side has no publication date (or both are close and
    ``evidence_within_grace``), by ``told`` against the story's stated dates and series
    numbers (:meth:`StoryIndex.evidence_factor`). The article is scattered once into the
    index's dense scratch vector so each story costs one gather and one dot product."""
    o = index.options
    scratch = index.scratch
    scratch[feats.indices] = weights
    try:
        out = []
        for sid in sids:
            story = index.stories.get(sid)
            factor = 0.0 if story is None else story_time_factor(o, story, day)
            if factor == 0.0 or story is None:
                out.append(0.0)
                continue
            # Publication dates tell, unless they are close: then what the texts
            # state still may (two same-kind events of one day's feeds).
            close = (day is not None and story.first_day is not None
                     and story.days_from(day) <= o.grace_days)
            if day is None or story.first_day is None or (o.evidence_within_grace and close):
                mine: Told = told
                theirs: Told = (story.stated, story.labels)
                if o.published_as_stated:
                    # One side dated, the other not: the dated side's publication
                    # days weigh against the other's stated dates like stated ones.
                    if day is not None:
                        mine = ((*told[0], (day, day)), told[1])
                    if story.first_day is not None and story.last_day is not None:
                        theirs = ((*story.stated, (story.first_day, story.last_day)),
                                  story.labels)
                factor *= index.evidence_factor(mine, theirs, people=close and o.people_online)
            out.append(factor * dot(index.featurize, scratch, story, o.names_words_cap))
        return out
    finally:
        scratch[feats.indices] = 0.0


__all__ = ["dot", "scores", "story_time_factor", "time_factors", "weighed"]
