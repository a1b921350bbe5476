"""The index's record of one open story, and the outlet key articles are compared by.

Owned by ``index.py`` (which creates, grows and forgets these); kept apart so that the
index module holds the assignment logic only.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from storyline.records import Article
from storyline.stories import evidence
from storyline.stories.features import empty

EMPTY = empty()  # shared by closed and new stories: never mutated, only replaced


def outlet_key(article: Article) -> str | None:
    """The article's outlet as compared between articles ("Atlas  Newswire" and "atlas
    newswire" are one), or None when unknown."""
    key = " ".join((article.outlet or "").lower().split())
    return key or None


class OpenStory:
    """A story the index still assigns to: its members, summed features, days and what its
    articles' texts state (dates, series numbers)."""

    __slots__ = ("first_day", "id", "labels", "last_day", "members", "profile", "stated",
                 "weighed")

    def __init__(self, story_id: int) -> None:
        self.id = story_id
        self.profile = EMPTY  # sum of the member articles' features
        self.weighed: tuple[int, np.ndarray] | None = None  # (IDF epoch, weights) cache
        self.members: list[str] = []
        self.first_day: int | None = None
        self.last_day: int | None = None
        self.stated: set[evidence.Interval] = set()  # dates its articles' texts state
        self.labels: set[evidence.Label] = set()  # series numbers its articles give

    def add_evidence(self, stated: Iterable[evidence.Interval],
                     labels: Iterable[evidence.Label]) -> None:
        self.stated.update(stated)
        self.labels.update(labels)

    def add_day(self, day: int | None) -> None:
        if day is None:
            return
        self.first_day = day if self.first_day is None else min(self.first_day, day)
        self.last_day = day if self.last_day is None else max(self.last_day, day)

    def days_from(self, day: int | None) -> float:
        if day is None or self.first_day is None or self.last_day is None:
            return 0.0
        if day < self.first_day:
            return float(self.first_day - day)
        return float(max(0, day - self.last_day))
