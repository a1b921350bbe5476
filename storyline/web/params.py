"""Query parameters shared by a page and its JSON twin, validated once (bad values → 400)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import HTTPException, Query

from ..store.queries import MAX_PAGE, StoryFilter

DATE = r"^\d{4}-\d{2}-\d{2}$"

Since = Annotated[
    str | None, Query(pattern=DATE, description="YYYY-MM-DD: published on or after")
]
Until = Annotated[
    str | None, Query(pattern=DATE, description="YYYY-MM-DD: published on or before")
]
Outlet = Annotated[str | None, Query(max_length=200, description="exact outlet name")]
PersonName = Annotated[str | None, Query(max_length=200, description="a person's name")]
Text = Annotated[str | None, Query(max_length=500, description="words to find")]
MinOutlets = Annotated[int, Query(ge=0, le=1000, description="at least this many outlets")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size (1–{MAX_PAGE})")]
Cursor = Annotated[
    str | None, Query(pattern=r"^\d{1,18}$", description="the 'next' value of the last page")
]
ChangedSince = Annotated[
    str | None,
    Query(max_length=40, description=(
        "ISO date or date-time (YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]; no zone means "
        "UTC): stories with an article stored at or after it")),
]


def bad_parameter(message: str) -> HTTPException:
    """A 400 for a parameter that passed its pattern but means nothing (e.g. 2026-02-30)."""
    return HTTPException(status_code=400, detail=message)


def _check_date(name: str, value: str | None) -> str | None:
    if not value:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        raise bad_parameter(f"{name}: {value!r} is not a calendar date (YYYY-MM-DD)") from None
    return value


def story_filter(
    since: str | None,
    until: str | None,
    outlet: str | None,
    person: str | None,
    q: str | None,
    min_outlets: int,
) -> StoryFilter:
    since, until = _check_date("since", since), _check_date("until", until)
    if since and until and since > until:
        raise bad_parameter(f"since ({since}) is after until ({until})")
    return StoryFilter(
        since=since, until=until, outlet=outlet or None, person=person or None,
        q=(q or "").strip() or None, min_outlets=min_outlets,
    )


def changed_since_value(value: str | None) -> str | None:
    """A ``since=`` time as the store writes ``ingested_at`` (UTC, to the second), or a 400
    naming the value: a date means its midnight UTC; a time without a zone is UTC."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        when = when.astimezone(UTC)
    except (ValueError, OverflowError):
        raise bad_parameter(
            f"since: {value!r} is not an ISO date or date-time "
            "(YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, optionally with Z or ±HH:MM)") from None
    return when.replace(microsecond=0).isoformat(timespec="seconds")


def cursor_value(cursor: str | None) -> int | None:
    return int(cursor) if cursor else None
