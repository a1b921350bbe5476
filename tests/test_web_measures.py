"""Measure pages: the trade ledger in the web app, each page with its JSON twin, the same
records as `storyline measures --json`, every event cited, text escaped."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.cli import app as cli_app
from storyline.config import Settings
from storyline.web import WebOptions, create_app


@pytest.fixture()
def client(examples_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "web.db"
    shutil.copy(examples_db, db)
    app = create_app(Settings(db=str(db), workers=1), WebOptions())
    with TestClient(app) as c:
        c.db = db  # type: ignore[attr-defined]
        yield c


def test_measures_api_gives_the_cli_records_and_each_measure_its_cited_history(
    client: TestClient,
) -> None:
    listed = client.get("/api/measures").json()["results"]
    cli = CliRunner().invoke(cli_app, ["--db", str(client.db), "measures", "--json"])  # type: ignore[attr-defined]
    assert cli.exit_code == 0, cli.output
    assert listed == json.loads(cli.stdout)
    assert listed, "the example corpus reports trade measures"
    one = client.get(f"/api/measures/{listed[0]['id']}").json()
    assert one["id"] == listed[0]["id"] and one["events"]
    assert all(e["citations"] for e in one["events"])


def test_measure_pages_render_link_and_escape(client: TestClient) -> None:
    listed = client.get("/api/measures").json()["results"]
    page = client.get("/measures")
    assert page.status_code == 200
    assert f'href="/measures/{listed[0]["id"]}"' in page.text
    detail = client.get(f"/measures/{listed[0]['id']}")
    assert detail.status_code == 200
    sentence = listed[0]["events"][0]["citations"][0]["sentence"]
    assert sentence.replace("&", "&amp;").replace("'", "&#39;").replace('"', "&#34;")[:40] in detail.text
    assert 'href="/api/measures/' in detail.text


def test_an_unknown_measure_is_a_404_in_the_one_error_shape(client: TestClient) -> None:
    answer = client.get("/api/measures/999999")
    assert answer.status_code == 404
    assert set(answer.json()) >= {"ok", "status", "error"}
    assert client.get("/measures/abc").status_code in (400, 404, 422)
