"""HTML pages. Each renders the dict its JSON twin (routes_api) returns; filters live in the
URL so a view can be shared."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import NotFoundError
from . import views
from .app import state
from .params import (
    Cursor,
    Limit,
    MinOutlets,
    Outlet,
    PersonName,
    Since,
    Text,
    Until,
    cursor_value,
    story_filter,
)

router = APIRouter(include_in_schema=False)


def _query(request: Request, **changes: object) -> str:
    params = {k: v for k, v in request.query_params.items() if v}
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = str(value)
    return urlencode(params)


@router.get("/")
def front_page(
    request: Request,
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    person: PersonName = None,
    q: Text = None,
    min_outlets: MinOutlets = 0,
    limit: Limit = 25,
    cursor: Cursor = None,
) -> Response:
    web = state(request)
    store = web.store()
    filters = story_filter(since, until, outlet, person, q, min_outlets)
    page = views.stories_page(store, filters, cursor_value(cursor), limit, web.code)
    query = _query(request, cursor=None)
    return web.render(
        "stories.html.j2", request, page=page, f=filters.to_dict(),
        outlets=store.outlet_counts()[:100],
        next_url=f"/?{_query(request, cursor=page['next'])}" if page["next"] else None,
        json_url="/api/stories" + (f"?{query}" if query else ""),
        latest=store.latest_seq(),
    )


def _story_or_redirect(request: Request, story_id: int, suffix: str = "") -> Response | None:
    store = state(request).store()
    try:
        store.story_summary(story_id)
    except NotFoundError:
        target = views.successor(store, story_id)
        if target is None:
            raise
        return RedirectResponse(f"/stories/{target}{suffix}", status_code=301)
    return None


@router.get("/stories/{story_id}")
@router.get("/stories/{story_id}/{slug}")
async def story_page(request: Request, story_id: int, slug: str | None = None) -> Response:
    """A page already rendered at the story's current version is answered on the event
    loop (one primary-key read and a dict lookup), so it never queues behind the few
    handler threads that build briefs and render; anything else goes to those threads."""
    web = state(request)
    version = web.store().story_version(story_id)
    slot = (story_id, web.code, web.authorised(request))
    if version is not None:
        cached = web.pages.get((*slot[:1], version, *slot[1:]))
        if cached is not None:
            return HTMLResponse(cached)
        # The story changed and its page is being rebuilt for an earlier request: until
        # that is done, answer with the page as it was (one build, not one per request).
        previous = web.latest.get(slot) if slot in web.building else None
        if previous is not None:
            return HTMLResponse(previous)
    web.building.add(slot)  # only the event loop touches it
    try:
        return await run_in_threadpool(_story_page, request, story_id)
    finally:
        web.building.discard(slot)


def _story_page(request: Request, story_id: int) -> Response:
    web = state(request)
    store = web.store()
    version = store.story_version(story_id)
    if version is None:
        redirect = _story_or_redirect(request, story_id)
        if redirect is not None:
            return redirect
        version = store.story_version(story_id)  # it appeared meanwhile
        if version is None:
            raise NotFoundError(f"no story with id {story_id}")
    key = (story_id, version, web.code, web.authorised(request))
    cached = web.pages.get(key)
    if cached is not None:
        return HTMLResponse(cached)
    view = views.story_view(store, story_id, web.code,
                            measures_max_age=web.options.measures_max_age,
                            min_confidence=web.settings.confidence_threshold)
    response = web.render(
        "story.html.j2", request, v=view, b=view["brief"], s=view["story"],
        json_url=f"/api/stories/{story_id}",
    )
    # A page showing other stories' reports (trade measures) is kept only as long as
    # those may lag; any other page until its story changes.
    ttl = web.options.measures_max_age if view["trade_live"] else None
    web.pages.put(key, bytes(response.body), ttl=ttl)
    web.latest.put((story_id, web.code, key[3]), bytes(response.body))
    return response


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: str) -> Response:
    web = state(request)
    view = views.article_view(web.store(), article_id)
    return web.render("article.html.j2", request, v=view, a=view["article"],
                      json_url=f"/api/articles/{article_id}")


@router.get("/people/{name}")
def person_page(request: Request, name: str) -> Response:
    web = state(request)
    view = views.person_view(web.store(), name)
    return web.render("person.html.j2", request, v=view,
                      json_url=f"/api/people/{name}")


@router.get("/people")
def people_page(request: Request, prefix: Text = None) -> Response:
    web = state(request)
    names = web.store().people_names(prefix or "", limit=200)
    return web.render("people.html.j2", request, names=names, prefix=prefix or "",
                      json_url="/api/people" + (f"?prefix={prefix}" if prefix else ""))


@router.get("/measures")
def measures_page(request: Request) -> Response:
    web = state(request)
    view = views.measures_view(web.store())
    return web.render("measures.html.j2", request, v=view, json_url="/api/measures")


@router.get("/measures/{measure_id}")
def measure_page(request: Request, measure_id: int) -> Response:
    web = state(request)
    view = views.measure_view(web.store(), measure_id)
    return web.render("measure.html.j2", request, m=view,
                      json_url=f"/api/measures/{measure_id}")


@router.get("/search")
def search_page(
    request: Request, q: Text = None, outlet: Outlet = None, limit: Limit = 25
) -> Response:
    web = state(request)
    view = views.search_view(web.store(), q or "", limit, outlet)
    query = _query(request)
    return web.render("search.html.j2", request, v=view, outlet=outlet,
                      json_url="/api/search" + (f"?{query}" if query else ""))


@router.get("/api")
def api_page(request: Request) -> Response:
    """The OpenAPI page: every JSON endpoint with its parameters (no external scripts)."""
    web = state(request)
    schema = request.app.openapi()
    return web.render("openapi.html.j2", request, schema=schema,
                      json_url="/api/openapi.json")


@router.get("/login")
def login_page(request: Request) -> Response:
    return state(request).render("login.html.j2", request, json_url=None)
