"""Feeds, watchlists and alerts (over ``storyline.watch``), and the Atom feeds.

Viewing or changing the watch/alert configuration needs the token when the server has one
(feed URLs and webhooks are the operator's business); reading alerts does not.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from .. import watch
from ..store import Store
from ..store.queries import MAX_PAGE
from . import atom, views
from .app import FastJSONResponse, state, wants_json
from .params import ChangedSince, Cursor, Limit, changed_since_value, cursor_value

router = APIRouter(tags=["watch"])

_ATOM = "application/atom+xml; charset=utf-8"


def _configurator(request: Request) -> None:
    if not state(request).authorised(request):
        raise HTTPException(401, "the feed and alert configuration needs this server's token: "
                            "send 'Authorization: Bearer TOKEN' or log in at /login")


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _wake(request: Request) -> None:
    background = getattr(request.app.state, "background", None)
    if background is not None:
        background.wake_watches()


def _done(request: Request, location: str, data: dict[str, Any]) -> Response:
    if wants_json(request):
        return FastJSONResponse({"ok": True, **data})
    return RedirectResponse(location, status_code=303)


def _lines(raw: str) -> list[str]:
    return [x.strip() for x in raw.replace("\n", ",").split(",") if x.strip()]


# Alerts are listed oldest first by the library; pages and feeds show the newest. At most
# this many are read to find them (alerts are few next to articles).
_ALERT_SCAN = 10_000


def _newest(
    store: Store, after: int | None, limit: int, watchlist: int | None = None
) -> list[watch.Alert]:
    found = watch.list_alerts(store, cursor=after, limit=_ALERT_SCAN, watchlist=watchlist)
    return list(reversed(found))[:limit]


# ----------------------------------------------------------------------------- feeds


@router.get("/feeds", include_in_schema=False)
def feeds_page(request: Request) -> Response:
    _configurator(request)
    web = state(request)
    watches = [w.to_dict() for w in watch.list_watches(web.store())]
    return web.render("feeds.html.j2", request, watches=watches, json_url="/api/watches")


@router.get("/api/watches", summary="Watched feeds with their status")
def api_watches(request: Request) -> dict[str, Any]:
    _configurator(request)
    return {"results": [w.to_dict() for w in watch.list_watches(state(request).store())]}


@router.post("/feeds", include_in_schema=False)
@router.post("/api/watches", summary="Watch a feed (form fields url, every, name)")
def add_watch(
    request: Request,
    url: Annotated[str, Form(max_length=2000)],
    every: Annotated[str, Form(max_length=20)] = "",
    name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    added = watch.add_watch(state(request).store(), url.strip(), every.strip() or None,
                            name.strip() or None)
    _wake(request)
    return _done(request, "/feeds", {"watch": added.to_dict()})


@router.post("/feeds/{watch_id}/delete", include_in_schema=False)
@router.post("/api/watches/{watch_id}/delete", summary="Stop watching a feed")
def remove_watch(request: Request, watch_id: int) -> Response:
    removed = watch.remove_watch(state(request).store(), watch_id)
    return _done(request, "/feeds", {"removed": removed.to_dict()})


# ---------------------------------------------------------------------------- alerts


@router.get("/alerts", include_in_schema=False)
def alerts_page(request: Request, cursor: Cursor = None, limit: Limit = 100) -> Response:
    web = state(request)
    store = web.store()
    alerts = _newest(store, cursor_value(cursor), limit)
    watchlists = (
        [w.to_dict() for w in watch.list_watchlists(store)] if web.authorised(request) else None
    )
    return web.render(
        "alerts.html.j2", request, alerts=[a.to_dict() for a in alerts],
        watchlists=watchlists, json_url="/api/alerts",
    )


@router.get("/api/alerts", summary="Alerts, oldest first after 'cursor' (an alert id)")
def api_alerts(
    request: Request,
    cursor: Cursor = None,
    limit: Limit = 100,
    watchlist: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    alerts = watch.list_alerts(
        state(request).store(), cursor=cursor_value(cursor), limit=limit,
        watchlist=watchlist,
    )
    return {
        "results": [a.to_dict() for a in alerts],
        "next": str(alerts[-1].id) if alerts else cursor,
    }


@router.get("/api/watchlists", summary="Saved queries that raise alerts")
def api_watchlists(request: Request) -> dict[str, Any]:
    _configurator(request)
    return {"results": [w.to_dict() for w in watch.list_watchlists(state(request).store())]}


@router.post("/alerts/watchlists", include_in_schema=False)
@router.post("/api/watchlists", summary="Save a watchlist (comma-separated fields)")
def add_watchlist(
    request: Request,
    name: Annotated[str, Form(min_length=1, max_length=200)],
    keywords: Annotated[str, Form(max_length=2000)] = "",
    people: Annotated[str, Form(max_length=2000)] = "",
    outlets: Annotated[str, Form(max_length=2000)] = "",
    countries: Annotated[str, Form(max_length=2000)] = "",
    webhook: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    added = watch.add_watchlist(
        state(request).store(), name, keywords=_lines(keywords), people=_lines(people),
        outlets=_lines(outlets), countries=_lines(countries), webhook=webhook.strip() or None,
    )
    return _done(request, "/alerts", {"watchlist": added.to_dict()})


@router.post("/alerts/watchlists/{watchlist_id}/delete", include_in_schema=False)
@router.post("/api/watchlists/{watchlist_id}/delete", summary="Delete a watchlist")
def remove_watchlist(request: Request, watchlist_id: int) -> Response:
    removed = watch.remove_watchlist(state(request).store(), watchlist_id)
    return _done(request, "/alerts", {"removed": removed.to_dict()})


# ------------------------------------------------------------------------------ atom


@router.get("/alerts.atom", summary="Every alert as Atom")
def alerts_atom(request: Request) -> Response:
    alerts = _newest(state(request).store(), None, MAX_PAGE)
    base = _base(request)
    body = watch.render_atom(alerts, "Storyline alerts", base + "/alerts", base + "/alerts.atom",
                             story_url=base + "/stories/{id}")
    return Response(body, media_type=_ATOM)


@router.get("/watchlists/{watchlist_id}.atom", summary="One watchlist's alerts as Atom")
def watchlist_atom(request: Request, watchlist_id: int) -> Response:
    store = state(request).store()
    found = store.watchlist(watchlist_id)
    alerts = _newest(store, None, MAX_PAGE, found.id)
    base = _base(request)
    body = watch.render_atom(
        alerts, f"Storyline alerts: {found.name}", f"{base}/watchlists/{found.id}",
        f"{base}/watchlists/{found.id}.atom", story_url=base + "/stories/{id}",
    )
    return Response(body, media_type=_ATOM)


@router.get("/stories/{story_id}.atom", summary="A story's articles and changes as Atom")
def story_atom(request: Request, story_id: int) -> Response:
    store = state(request).store()
    summary = store.story_summary(story_id)
    changes = [c for c in store.story_changes() if story_id in (c.get("from"), c.get("into"))]
    return Response(atom.story_feed(summary, changes, _base(request)), media_type=_ATOM)


@router.get("/changes.atom",
            summary="Stories with activity after 'cursor' and/or since a time, as Atom")
def changes_atom(
    request: Request, cursor: Cursor = None, since: ChangedSince = None, limit: Limit = 50
) -> Response:
    web = state(request)
    when = changed_since_value(since)
    found = views.changed_stories(web.store(), cursor=cursor_value(cursor), since=when,
                                  limit=limit, code=web.code)
    query = urlencode({k: v for k, v in (("cursor", cursor), ("since", when)) if v})
    self_href = "/changes.atom" + (f"?{query}" if query else "")
    return Response(atom.changes_feed(found, _base(request), self_href), media_type=_ATOM)

