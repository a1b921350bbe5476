"""Story selections over the store's summary query (keyset pages, newest activity first)."""

from __future__ import annotations

import re

from ..errors import StorylineError
from ..records import Story
from ..store import Store
from ..store.queries import MAX_PAGE, StoryFilter

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def has_filters(filters: StoryFilter) -> bool:
    return any(
        (filters.since, filters.until, filters.outlet, filters.person, filters.q,
         filters.min_outlets)
    )


def check_filters(filters: StoryFilter) -> None:
    """One-line errors for values the query cannot use."""
    for name, value in (("--since", filters.since), ("--until", filters.until)):
        if value is not None and not _DAY.match(value):
            raise StorylineError(f"{name} {value!r}: not a date; use YYYY-MM-DD")
    if filters.min_outlets < 0:
        raise StorylineError("--min-outlets must be 0 or more")


def select_stories(
    store: Store, filters: StoryFilter | None = None, limit: int | None = None
) -> list[Story]:
    """Stories matching ``filters``, newest activity first, at most ``limit``."""
    filters = filters or StoryFilter()
    check_filters(filters)
    if limit is not None and limit < 1:
        raise StorylineError("--limit must be 1 or more")
    found: list[Story] = []
    before: int | None = None
    while limit is None or len(found) < limit:
        want = MAX_PAGE if limit is None else min(MAX_PAGE, limit - len(found))
        page = store.story_summaries(filters, before=before, limit=want)
        found += [
            Story(
                id=s.id, title=s.title, articles=s.articles, outlets=s.outlets,
                first_published=s.first_published, last_published=s.last_published,
            )
            for s in page
        ]
        if len(page) < want:
            break
        before = page[-1].last_seq
    return found
