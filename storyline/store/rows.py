"""What both database backends share above their SQL: the article columns in stored
order, and stories assembled from the rows of one query (``StoryRowsMixin``)."""

from __future__ import annotations

from typing import Any

from ..errors import NotFoundError
from ..records import Story, StoryArticle

ARTICLE_COLUMNS = (
    "id, content_hash, external_id, url, outlet, outlet_from, title, title_from, published, "
    "published_from, published_note, source, text"
)


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
