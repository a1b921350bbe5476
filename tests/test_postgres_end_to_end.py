"""End to end on PostgreSQL: the same stories and briefs as SQLite for the same input,
``storyline migrate``, two ingest processes at once, and a backfill loaded with COPY."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from clitools import cli, out
from test_backfill_corpus import ARTICLES, write_jsonl

from storyline.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "storyline" / "examples"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    tmp = tmp_path_factory.mktemp("pg-e2e")
    files = [str(write_jsonl(tmp / "wire.jsonl", ARTICLES))]
    return files + [str(p) for p in sorted(EXAMPLES.glob("s1-*"))]


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory: pytest.TempPathFactory, inputs: list[str]) -> Path:
    db = tmp_path_factory.mktemp("sqlite") / "news.db"
    assert cli(db, "ingest", *inputs).exit_code == 0
    return db


def test_postgres_gives_the_same_stories_and_briefs_as_sqlite(
    pg_url: str, inputs: list[str], sqlite_db: Path
) -> None:
    report = out(pg_url, "ingest", *inputs, "--json")
    assert report["added"] == len(ARTICLES) + 3
    want = out(sqlite_db, "stories", "--json")
    assert out(pg_url, "stories", "--json") == want
    for story in want:
        assert out(pg_url, "brief", str(story["id"]), "--format", "json") == out(
            sqlite_db, "brief", str(story["id"]), "--format", "json"
        )
    pg_hits = {h["article_id"] for h in out(pg_url, "search", "suspension cables", "--json")}
    assert len(pg_hits) == 2
    assert pg_hits == {h["article_id"] for h in out(sqlite_db, "search", "suspension cables",
                                                    "--json")}
    # The web app and its JSON API over PostgreSQL answer what they answer over SQLite.
    fastapi = pytest.importorskip("fastapi.testclient")
    from storyline.config import Settings
    from storyline.web.app import WebOptions, create_app

    def api(db: Path | str, path: str) -> Any:
        app = create_app(Settings(db=str(db), workers=1), WebOptions())
        with fastapi.TestClient(app) as client:
            response = client.get(path)
            assert response.status_code == 200, response.text
            return response.json()

    assert api(pg_url, "/api/stories?limit=200") == api(sqlite_db, "/api/stories?limit=200")
    first = want[0]["id"]
    assert api(pg_url, f"/api/stories/{first}") == api(sqlite_db, f"/api/stories/{first}")
    # The same input again stores nothing.
    assert out(pg_url, "ingest", *inputs, "--json")["added"] == 0


def test_migrate_moves_a_sqlite_database_to_postgres_with_the_same_ids(
    pg_url: str, sqlite_db: Path, tmp_path: Path
) -> None:
    result = cli(sqlite_db, "migrate", "--from", f"sqlite:///{sqlite_db}", "--to", pg_url,
                 "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"] == len(ARTICLES) + 3
    assert out(pg_url, "stories", "--json") == out(sqlite_db, "stories", "--json")
    again = json.loads(cli(sqlite_db, "migrate", "--from", str(sqlite_db), "--to", pg_url,
                           "--json").stdout)
    assert again["articles"] == 0 and again["skipped"] == len(ARTICLES) + 3
    # New stories on the moved database get ids above every moved one.
    newest = max(s["id"] for s in out(pg_url, "stories", "--json"))
    extra = tmp_path / "extra.txt"
    extra.write_text(
        "Title: Ferry strike halts Baltic crossings\nOutlet: Tagus Courier\n"
        "Published: 2025-11-02\n\nCrews on ferries between Tallinn and Helsinki walked out "
        "on Sunday over pay, cancelling 30 crossings, the Estonian seafarers' union said. "
        "Operator Tallink said talks would resume on Tuesday.\n",
        encoding="utf-8",
    )
    assert out(pg_url, "ingest", str(extra), "--json")["stories"] == [newest + 1]


def test_two_ingest_processes_at_once_lose_and_double_nothing(
    pg_url: str, inputs: list[str]
) -> None:
    env = {**os.environ, "STORYLINE_DB": pg_url, "STORYLINE_WORKERS": "1"}
    cmd = [sys.executable, "-m", "storyline", "ingest", "--json"]
    procs = [
        subprocess.Popen([*cmd, *order], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=env, text=True)
        for order in (inputs, list(reversed(inputs)))
    ]
    reports = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=300)
        assert p.returncode == 0, stderr
        reports.append(json.loads(stdout))
    total = len(ARTICLES) + 3
    assert sum(r["added"] for r in reports) == total
    assert sum(r["added"] + r["duplicates"] for r in reports) == 2 * total
    with open_store(pg_url) as store:
        assert store.count_articles() == total
        ids = [a["id"] for s in out(pg_url, "stories", "--json") for a in s["articles"]]
        assert len(ids) == len(set(ids)) == total  # every article in exactly one story


def test_backfill_into_postgres_loads_with_copy_and_matches_ingest(
    pg_url: str, inputs: list[str], sqlite_db: Path, tmp_path: Path
) -> None:
    result = cli(pg_url, "backfill", *inputs, "--workers", "1", "--out",
                 str(tmp_path / "shards"), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stored"] == len(ARTICLES) + 3
    assert out(pg_url, "stories", "--json") == out(sqlite_db, "stories", "--json")


def test_windowed_backfill_into_postgres_gives_the_stories_of_ingest(
    pg_url: str, tmp_path: Path
) -> None:
    from test_backfill_windows import CORPUS

    wire = str(write_jsonl(tmp_path / "wire.jsonl", CORPUS))
    plain = tmp_path / "plain.db"
    assert cli(plain, "ingest", wire).exit_code == 0
    summary = out(pg_url, "backfill", wire, "--workers", "1", "--window-days", "30",
                  "--out", str(tmp_path / "shards"), "--json")
    assert summary["stored"] == len(CORPUS) and summary["windows"] >= 3

    def stories(db: Path | str) -> list[Any]:
        return sorted(sorted(a["title"] for a in s["articles"])
                      for s in out(db, "stories", "--json"))

    assert stories(pg_url) == stories(plain)
