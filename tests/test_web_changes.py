"""'What changed since T': `/api/changes` and `/changes.atom` by time (`since=`) as well as by
cursor, over a copy of the example database whose articles are given two ingest times."""

from __future__ import annotations

import shutil
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.config import Settings
from storyline.web import WebOptions, create_app

ATOM = "{http://www.w3.org/2005/Atom}"
EARLY, LATE = "2026-01-01T00:00:00+00:00", "2026-03-01T12:00:00+00:00"


@pytest.fixture()
def two_times(examples_db: Path, tmp_path: Path) -> tuple[Path, set[int]]:
    """The example database with its older half of articles stored at EARLY and the newer
    half at LATE; returns it with the stories that have an article of the newer half."""
    path = tmp_path / "changes.db"
    shutil.copy(examples_db, path)
    conn = sqlite3.connect(path)
    with conn:
        seqs = [r[0] for r in conn.execute("SELECT seq FROM articles ORDER BY seq")]
        cut = seqs[len(seqs) // 2]
        conn.execute("UPDATE articles SET ingested_at = CASE WHEN seq >= ? THEN ? ELSE ? END",
                     (cut, LATE, EARLY))
        late = {r[0] for r in conn.execute(
            "SELECT DISTINCT s.story_id FROM assignments s JOIN articles a "
            "ON a.id = s.article_id WHERE a.seq >= ?", (cut,))}
    conn.close()
    assert late
    return path, late


@pytest.fixture()
def client(two_times: tuple[Path, set[int]]) -> Iterator[TestClient]:
    app = create_app(Settings(db=str(two_times[0]), workers=1), WebOptions())
    with TestClient(app) as c:
        yield c


def _ids(client: TestClient, **params: str) -> set[int]:
    response = client.get("/api/changes", params={"limit": "200", **params})
    assert response.status_code == 200, response.text
    return {s["id"] for s in response.json()["results"]}


def test_since_a_time_gives_the_stories_with_an_article_stored_from_then(
    client: TestClient, two_times: tuple[Path, set[int]]
) -> None:
    late = two_times[1]
    everything = _ids(client)
    assert late < everything  # the older half's own stories are left out
    assert _ids(client, since="2026-03-01T12:00:00Z") == late
    assert _ids(client, since="2026-03-01T13:00:00+01:00") == late  # the same instant
    assert _ids(client, since="2026-03-01") == late  # a date: its midnight, UTC
    assert _ids(client, since="2026-03-01T12:00:01") == set()  # no zone: UTC
    assert _ids(client, since="2025-12-31") == everything
    body = client.get("/api/changes", params={"since": "2026-03-01T12:00"}).json()
    assert body["since"] == LATE and body["latest"]


def test_since_and_cursor_together_both_apply(client: TestClient) -> None:
    latest = client.get("/api/changes").json()["latest"]
    assert _ids(client, since="2025-12-31", cursor=latest) == set()


def test_atom_feed_takes_the_same_time(
    client: TestClient, two_times: tuple[Path, set[int]]
) -> None:
    response = client.get("/changes.atom", params={"since": "2026-03-01T12:00:00Z",
                                                   "limit": "200"})
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    ids = {e.findtext(f"{ATOM}id") or "" for e in feed.findall(f"{ATOM}entry")}
    assert {int(i.split("/stories/")[1].split("#")[0]) for i in ids} == two_times[1]
    links = [link.get("href") or "" for link in feed.findall(f"{ATOM}link")]
    assert any("since=2026-03-01T12" in href for href in links)


@pytest.mark.parametrize("url", ["/api/changes", "/changes.atom"])
@pytest.mark.parametrize("value", ["yesterday", "2026-02-30", "2026-03-01T25:00", "0" * 50])
def test_a_bad_time_is_a_400_json_error_naming_it(
    client: TestClient, url: str, value: str
) -> None:
    response = client.get(url, params={"since": value})
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["ok"] is False and body["status"] == 400
    assert "since" in body["error"]


def test_a_second_store_on_one_file_keeps_the_first_ones_locks(tmp_path: Path) -> None:
    """A server opens a store per thread while an ingest writes beside it. Reading the file's
    header again for the second store would close a handle on the file and so drop the
    process's SQLite locks: another process closing its last connection would then reset
    the WAL under the server's readers ("database disk image is malformed")."""
    import subprocess
    import sys

    from storyline.store import open_store

    db = tmp_path / "locks.db"
    with open_store(db) as first:
        assert first.count_articles() == 0
        with open_store(db) as second:  # another handler thread's store
            assert second.count_articles() == 0
            subprocess.run(
                [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                 "c.execute('SELECT count(*) FROM articles').fetchone(); c.close()", str(db)],
                check=True, timeout=60)
            # Still open here, so the other process was not the last connection: it must
            # not have removed the WAL index from under these two.
            assert (tmp_path / "locks.db-shm").exists()
            assert (tmp_path / "locks.db-wal").exists()
            assert first.count_articles() == second.count_articles() == 0
