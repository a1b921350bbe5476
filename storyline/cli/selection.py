"""Story selection options that ``stories``, ``report``, ``quotes`` and ``discrepancies``
share (``--since``, ``--outlet`` …), and the selection they make. Registers no command."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ..export.select import check_filters, has_filters, select_stories
from ..store.queries import StoryFilter

if TYPE_CHECKING:
    from ..brief import Brief
    from ..records import Story
    from ..store import Store

SinceOpt = Annotated[
    str | None,
    typer.Option("--since", help="Stories with an article published on/after YYYY-MM-DD."),
]
UntilOpt = Annotated[
    str | None,
    typer.Option("--until", help="Stories with an article published on/before YYYY-MM-DD."),
]
OutletOpt = Annotated[
    str | None, typer.Option("--outlet", help="Stories an outlet (exact name) reported.")
]
PersonOpt = Annotated[
    str | None, typer.Option("--person", help="Stories naming this person (full name).")
]
TextOpt = Annotated[
    str | None, typer.Option("--text", "-q", help="Stories whose articles contain these words.")
]
MinOutletsOpt = Annotated[
    int, typer.Option("--min-outlets", help="Stories reported by at least N outlets.")
]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", help="At most N stories.")]
NewestOpt = Annotated[
    bool, typer.Option("--newest", help="Newest activity first (the order of any filter).")
]
StoryOpt = Annotated[
    list[int] | None, typer.Option("--story", "-s", help="This story id; repeatable.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print as JSON.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print as CSV.")]


def story_filter(
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    person: str | None = None,
    text: str | None = None,
    min_outlets: int = 0,
) -> StoryFilter:
    f = StoryFilter(
        since=since, until=until, outlet=outlet, person=person, q=text, min_outlets=min_outlets
    )
    check_filters(f)
    return f


def selected_stories(
    store: Store,
    filters: StoryFilter,
    *,
    limit: int | None = None,
    newest: bool = False,
    story_ids: list[int] | None = None,
) -> list[Story]:
    """The stories a command covers: the ids given, else the filtered selection (newest
    activity first), else every story in id order (the unfiltered ``stories`` contract)."""
    if story_ids:
        # A merged story's old id leads to the story it went into.
        ids = dict.fromkeys(store.resolve_story_id(i) for i in story_ids)
        return [store.story(i) for i in ids]
    if has_filters(filters) or limit is not None or newest:
        return select_stories(store, filters, limit)
    return store.stories()


def briefs_of(
    store: Store, stories: list[Story], *, min_confidence: float | None = None
) -> list[Brief]:
    """The stories' briefs (``min_confidence``: ``Settings.confidence_threshold``)."""
    from .. import api  # the library loads only when a command needs it

    return [api.story_brief(store, s.id, min_confidence=min_confidence) for s in stories]
