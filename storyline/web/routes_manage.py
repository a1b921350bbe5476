"""Writes: corrections to the clustering (move, split, merge, delete) and the token login.

Each is a form post from the story or article page (answered with a 303 to the page that
shows the result) and the same endpoint under ``/api/`` (answered with JSON). They call the
library's correction functions; the guard in ``app`` has already checked origin and token.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from .. import api
from .app import TOKEN_COOKIE, FastJSONResponse, state, wants_json

router = APIRouter(tags=["manage"])


def _library(name: str) -> Any:
    func = getattr(api, name, None)
    if func is None:
        raise HTTPException(501, f"this build has no {name}()")
    return func


def _done(request: Request, location: str, data: dict[str, Any]) -> Response:
    if wants_json(request):
        return FastJSONResponse({"ok": True, **data, "location": location})
    return RedirectResponse(location, status_code=303)


def _ids(raw: list[str]) -> list[str]:
    ids = [x for value in raw for x in value.replace(",", " ").split() if x]
    if not ids:
        raise HTTPException(400, "article_ids: give at least one article id")
    return ids


@router.post("/articles/{article_id}/move")
@router.post("/api/articles/{article_id}/move", summary="Move an article to another story")
def move_article(
    request: Request, article_id: str, story_id: Annotated[int, Form(ge=1)]
) -> Response:
    store = state(request).store()
    _library("move_article")(store, article_id, story_id)
    return _done(request, f"/stories/{story_id}", {"article_id": article_id,
                                                   "story_id": story_id})


@router.post("/stories/{story_id}/split")
@router.post("/api/stories/{story_id}/split", summary="Split articles off into a new story")
def split_story(
    request: Request, story_id: int, article_ids: Annotated[list[str], Form()]
) -> Response:
    store = state(request).store()
    new_id = int(_library("split_story")(store, story_id, _ids(article_ids)))
    return _done(request, f"/stories/{new_id}", {"story_id": story_id, "new_story_id": new_id})


@router.post("/stories/{story_id}/merge")
@router.post("/api/stories/{story_id}/merge", summary="Merge another story into this one")
def merge_stories(
    request: Request, story_id: int, from_id: Annotated[int, Form(ge=1)]
) -> Response:
    if from_id == story_id:
        raise HTTPException(400, "from_id: a story cannot be merged into itself")
    store = state(request).store()
    _library("merge_stories")(store, story_id, from_id)
    return _done(request, f"/stories/{story_id}", {"story_id": story_id, "from_id": from_id})


@router.post("/articles/{article_id}/delete")
@router.post("/api/articles/{article_id}/delete", summary="Delete a stored article")
def delete_article(request: Request, article_id: str) -> Response:
    store = state(request).store()
    _, _, assignment = store.article_item(article_id)  # 404 for an unknown id
    story = assignment.story_id if assignment else None
    _library("delete_article")(store, article_id)
    return _done(request, f"/stories/{story}" if story else "/", {"article_id": article_id})


@router.post("/login", include_in_schema=False)
def login(request: Request, token: Annotated[str, Form(max_length=500)]) -> Response:
    web = state(request)
    if web.options.token is None:
        return RedirectResponse("/", status_code=303)
    if not hmac.compare_digest(token, web.options.token):
        raise HTTPException(401, "wrong token")
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
    return response
