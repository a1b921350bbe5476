"""What both database backends share above their SQL: the article columns in stored
order, and stories assembled from the rows of one query (``StoryRowsMixin``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..errors import NotFoundError
from ..records import Analysis, Article, Assignment, Story, StoryArticle

ARTICLE_COLUMNS = (
    "id, content_hash, external_id, url, outlet, outlet_from, title, title_from, published, "
    "published_from, published_note, source, text"
)
ARTICLE_KEYS = [c.strip() for c in ARTICLE_COLUMNS.split(",")]


def items_query(story_id: int | None, newest: int | None, mark: str
                ) -> tuple[str, tuple[Any, ...]]:
    """``iter_items``' query and parameters (``mark``: the backend's placeholder): every
    article with its analysis and assignment in ingest order, one story's, or the newest
    N ingested."""
    cols = ", ".join(f"a.{c}" for c in ARTICLE_KEYS)
    sql = (
        f"SELECT {cols}, n.data, s.story_id, s.score, s.copy_of FROM articles a "
        "JOIN analyses n ON n.article_id = a.id JOIN assignments s ON s.article_id = a.id"
    )
    params: tuple[Any, ...] = ()
    if story_id is not None:
        sql += f" WHERE s.story_id = {mark}"
        params = (story_id,)
    elif newest is not None:
        sql += f" WHERE a.seq > (SELECT coalesce(max(seq), 0) FROM articles) - {mark}"
        params = (newest,)
    return sql + " ORDER BY a.seq", params


def item_from_row(row: Sequence[Any]) -> tuple[Article, Analysis, Assignment]:
    """One row of ``items_query`` as records."""
    width = len(ARTICLE_KEYS)
    article = Article(**dict(zip(ARTICLE_KEYS, row[:width], strict=True)))
    data, sid, score, copy_of = row[width:]
    analysis = Analysis.from_dict(json.loads(data))
    return article, analysis, Assignment(article.id, int(sid), score, copy_of)


class StoryRowsMixin:
    """``stories()`` and ``story(id)`` over a backend's ``_story_rows(story_id=None)``:
    rows of (story_id, article id, external_id, url, outlet, title, published, copy_of),
    ordered by story then publication."""

    # Listed last among a store's bases, so that these stand in only for the type checker:
    # the backend's own ``_story_rows`` and the index-state ``resolve_story_id`` win.
    def _story_rows(self, story_id: int | None = None) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def resolve_story_id(self, story_id: int) -> int:
        raise NotImplementedError

    def stories(self) -> list[Story]:
        grouped: dict[int, list[tuple[Any, ...]]] = {}
        for row in self._story_rows():
            grouped.setdefault(row[0], []).append(row)
        return [story_from_rows(sid, members) for sid, members in grouped.items()]

    def story(self, story_id: int) -> Story:
        """One story; a merged-away id gives the story it went into (its ``id`` says so)."""
        rows = self._story_rows(story_id)
        if not rows:
            successor = self.resolve_story_id(story_id)
            if successor != story_id:
                return self.story(successor)
            raise NotFoundError(
                f"no story with id {story_id}; run `storyline stories` to list the ids"
            )
        return story_from_rows(story_id, rows)


def story_from_rows(story_id: int, rows: list[tuple[Any, ...]]) -> Story:
    articles = [StoryArticle(r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]
    dates = sorted(a.published for a in articles if a.published)
    outlets = sorted({a.outlet for a in articles if a.outlet})
    # Title: the earliest independent (non-copy) article that has one.
    titled = [r for r in rows if r[5] and not r[7]] or [r for r in rows if r[5]]
    title = titled[0][5] if titled else f"Story {story_id}"
    return Story(
        id=story_id,
        title=title,
        articles=articles,
        outlets=outlets,
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
    )
