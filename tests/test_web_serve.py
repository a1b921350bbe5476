"""How ``serve`` runs the app: several worker processes (one of them runs the background
jobs), the app built from the environment a worker inherits, and the fast paths the load
benchmark rests on (story lists read in one step, orjson answers, plain ASGI guard)."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.config import Settings
from storyline.store import open_store
from storyline.web import WebOptions, create_app
from storyline.web.app import CONFIG_ENV, WebState, app_from_environment
from storyline.web.background import Background


@pytest.fixture()
def web_db(examples_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "web.db"
    shutil.copy(examples_db, path)
    return path


def test_only_one_worker_process_runs_the_background_jobs(tmp_path: Path) -> None:
    options = WebOptions(warm_briefs=True, background_lock=str(tmp_path / "serve.lock"))
    web = WebState(Settings(db=str(tmp_path / "x.db")), options)
    first, second = Background(web), Background(web)
    assert first._elected()
    assert not second._elected()  # the lock is held (flock: per open file, as per process)
    first.stop()  # releases it: a restarted worker takes over
    assert second._elected()
    second.stop()
    assert Background(WebState(Settings(db=str(tmp_path / "x.db")), WebOptions()))._elected()


def test_a_worker_builds_the_app_serve_described(
    web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = WebOptions(token="s3cret", allowed_hosts=("testserver",), threads=2)
    config = {"settings": dataclasses.asdict(Settings(db=str(web_db), workers=1)),
              "options": dataclasses.asdict(options)}
    monkeypatch.setenv(CONFIG_ENV, json.dumps(config))
    app = app_from_environment()
    assert app.state.web.options == options and app.state.web.settings.db == str(web_db)
    with TestClient(app) as client:
        assert client.get("/api/stories").status_code == 200
        refused = client.post("/api/watches", data={"url": "https://example.org/feed"})
        assert refused.status_code == 401 and refused.json()["ok"] is False
        assert refused.headers["X-Content-Type-Options"] == "nosniff"
        foreign = client.get("/", headers={"host": "evil.example"})
        assert foreign.status_code == 400 and "Content-Security-Policy" in foreign.headers


def test_story_lists_come_newest_first_with_articles_in_date_order(web_db: Path) -> None:
    with open_store(web_db) as store:
        page = store.story_summaries(limit=200)
        assert len(page) > 3
        assert [s.last_seq for s in page] == sorted((s.last_seq for s in page), reverse=True)
        for s in page:
            assert len(s.articles) == s.article_count
            dated = [a.published for a in s.articles if a.published]
            assert dated == sorted(dated)
            assert all(a.published for a in s.articles[: len(dated)])  # undated last
        # a keyset page continues exactly where the previous one ended
        rest = store.story_summaries(before=page[1].last_seq, limit=200)
        assert [s.id for s in rest] == [s.id for s in page[2:]]
        one = store.story_summary(page[0].id)
        assert one.articles == page[0].articles


def test_api_answers_are_compact_utf8_json(web_db: Path) -> None:
    with TestClient(create_app(Settings(db=str(web_db), workers=1))) as client:
        answer = client.get("/api/stories", params={"limit": 5})
    assert answer.headers["content-type"] == "application/json"
    assert answer.content[:12] == b'{"results":['
    assert len(answer.json()["results"]) == 5
