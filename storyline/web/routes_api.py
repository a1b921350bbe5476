"""The JSON API (``/api/…``): the twin of every page, with the CLI's ``--json`` shapes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from ..errors import NotFoundError
from . import views
from .app import FastJSONResponse, state
from .params import (
    ChangedSince,
    Cursor,
    Limit,
    MinOutlets,
    Outlet,
    PersonName,
    Since,
    Text,
    Until,
    changed_since_value,
    cursor_value,
    story_filter,
)

router = APIRouter(prefix="/api", tags=["api"], default_response_class=FastJSONResponse)


@router.get("/stories", summary="Stories, newest activity first (keyset cursor in 'next')")
def api_stories(
    request: Request,
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    person: PersonName = None,
    q: Text = None,
    min_outlets: MinOutlets = 0,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Response:
    """`{"results": [story…], "next": cursor|null}`; each story has the keys of
    `storyline stories --json` plus `article_count`, `outlet_count`, `discrepancies`
    (null until its brief is built) and `url`. Pass `cursor=<next>` for the next page."""
    web = state(request)
    filters = story_filter(since, until, outlet, person, q, min_outlets)
    body = views.stories_page_json(web.store(), filters, cursor_value(cursor), limit,
                                   web.code, web.summaries)
    return Response(body, media_type="application/json")


def _resolve(request: Request, story_id: int, suffix: str) -> Response | None:
    store = state(request).store()
    try:
        store.story_summary(story_id)
    except NotFoundError:
        target = views.successor(store, story_id)
        if target is None:
            raise
        return RedirectResponse(f"/api/stories/{target}{suffix}", status_code=301)
    return None


@router.get("/stories/{story_id}", summary="One story: summary, brief, side-by-side, changes")
def api_story(request: Request, story_id: int) -> Any:
    """The story page's data. A merged story's old id redirects (301) to its successor."""
    redirect = _resolve(request, story_id, "")
    if redirect is not None:
        return redirect
    web = state(request)
    view = views.story_view(web.store(), story_id, web.code,
                            measures_max_age=web.options.measures_max_age,
                            min_confidence=web.settings.confidence_threshold)
    view.pop("trade_live", None)  # how the page is cached, not the story's data
    return FastJSONResponse(view)


@router.get("/stories/{story_id}/brief", summary="The brief (as `storyline brief --format json`)")
def api_brief(request: Request, story_id: int) -> Any:
    redirect = _resolve(request, story_id, "/brief")
    if redirect is not None:
        return redirect
    web = state(request)
    store = web.store()
    return views.brief_dict(store, store.story_summary(story_id), web.code,
                            measures_max_age=web.options.measures_max_age,
                            min_confidence=web.settings.confidence_threshold)


@router.get("/articles/{article_id}", summary="One article with its marks and story")
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    return views.article_view(state(request).store(), article_id)


@router.get("/people", summary="Names of people and organisations, most mentioned first")
def api_people(request: Request, prefix: Text = None, limit: Limit = 50) -> dict[str, Any]:
    names = state(request).store().people_names(prefix or "", limit=limit)
    return {"results": [{"name": n, "articles": c} for n, c in names]}


@router.get("/people/{name}", summary="A person: stories, roles and quotes")
def api_person(request: Request, name: str) -> dict[str, Any]:
    return views.person_view(state(request).store(), name)


@router.get("/measures", summary="Trade measures (as `storyline measures --json`)")
def api_measures(request: Request) -> dict[str, Any]:
    return views.measures_view(state(request).store())


@router.get("/measures/{measure_id}", summary="One trade measure and its cited history")
def api_measure(request: Request, measure_id: int) -> dict[str, Any]:
    return views.measure_view(state(request).store(), measure_id)


@router.get("/search", summary="Full-text search with outlet and story facets")
def api_search(
    request: Request, q: Text = None, outlet: Outlet = None, limit: Limit = 25
) -> dict[str, Any]:
    return views.search_view(state(request).store(), q or "", limit, outlet)


@router.get("/outlets", summary="Outlets with their article counts")
def api_outlets(request: Request) -> dict[str, Any]:
    counts = state(request).store().outlet_counts()
    return {"results": [{"outlet": o, "articles": c} for o, c in counts]}


@router.get("/changes", summary="Stories changed since a point (a cursor or a time)")
def api_changes(
    request: Request, cursor: Cursor = None, since: ChangedSince = None, limit: Limit = 50
) -> dict[str, Any]:
    """Stories with activity after `cursor` (from a previous answer's `latest`) and/or
    with an article stored at or after `since` (ISO date or date-time, UTC unless a zone
    is given), newest first; `latest` is the cursor to pass next time."""
    web = state(request)
    store = web.store()
    when = changed_since_value(since)
    found = views.changed_stories(store, cursor=cursor_value(cursor), since=when, limit=limit,
                                  code=web.code)
    return {"results": [views.summary_dict(s) for s in found], "latest": str(store.latest_seq()),
            "since": when}
