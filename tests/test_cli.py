"""The `storyline` command as a user runs it: a real process, a real database, a real
local HTTP server. Bad inputs are reported one line each, the rest is stored, re-runs add
nothing, and the JSON shapes follow the contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

GOOD = """Title: Lisbon metro strike halts trains for a second day
Outlet: Lowland Courier
URL: https://lowlandcourier.example/2026/02/18/lisbon-metro-strike
Published: 2026-02-18

LISBON — Lisbon's metro stayed shut for a second day on Wednesday as drivers walked out over pay, leaving about 500,000 daily passengers to crowd onto buses and suburban trains.

The drivers' union said its members rejected a 3.5 percent pay offer on Monday and would strike again next Friday unless management raised it to 6 percent. "We are not asking for luxuries, we are asking to keep up with rents," union leader Rui Matos told reporters outside the Marques de Pombal station.

The city's transport authority said it had added 120 buses to the busiest routes and urged employers to let staff work from home.
"""

PAGE = """<html><head><title>Harbour dredging approved</title>
<meta property="og:site_name" content="Civic Record"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Harbour dredging approved</h1>
<p>The port council of Setubal approved a 40 million euro plan on Tuesday to deepen the harbour channel so that larger container ships can dock, ending a dispute that has run for three years.</p>
<p>Environmental groups said they would appeal, arguing that dredging would damage oyster beds in the Sado estuary. "The council has chosen tonnage over the river," said Ines Carvalho of the Sado Alive campaign.</p>
<p>Work is due to start in the autumn and take eighteen months, the council said in a statement.</p>
</article><footer>Contact us</footer></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def run(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STORYLINE_DB": str(db), "STORYLINE_FETCH_TIMEOUT": "1.0"}
    return subprocess.run(
        [sys.executable, "-m", "storyline", *args],
        capture_output=True, text=True, env=env, input=stdin, timeout=300,
    )


@pytest.fixture()
def bad_batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_text("")
    (d / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (d / "latin1.txt").write_bytes(GOOD.replace("—", "-").replace("Marques", "Marquês").encode("latin-1"))
    lines = [
        json.dumps({"id": "ok-1", "outlet": "Atlas Newswire", "title": "Dredging approved",
                    "published": "2026-02-17", "html": PAGE}),
        '{"id": "broken", "title": "missing brace"',
    ]
    (d / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "broken.rss").write_text("<rss><channel><item><title>half a feed", encoding="utf-8")
    (d / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    return d


def test_bad_inputs_are_named_and_the_rest_of_the_batch_is_stored(
    tmp_path: Path, bad_batch: Path, server: str
) -> None:
    db = tmp_path / "s.db"
    urls = ["http://10.1.2.3/news", f"{server}/slow"]
    first = run(db, "ingest", str(bad_batch), *urls, "--allow-private", "--json")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["added"] == 2  # good.txt and the JSONL line with HTML
    reasons = {Path(r["source"].split(" ")[0]).name or r["source"]: r["reason"] for r in summary["rejected"]}
    for name in ("empty.txt", "blob.txt", "latin1.txt", "dump.jsonl", "broken.rss", "nav.html"):
        assert name in reasons, (name, summary["rejected"])
    assert "UTF-8" in reasons["latin1.txt"]
    assert any("time" in r["reason"] and "slow" in r["source"] for r in summary["rejected"])
    assert all("\n" not in r["reason"] for r in summary["rejected"])

    # without --allow-private the private address is refused, not fetched
    refused = run(db, "ingest", "http://10.1.2.3/news", "--json")
    assert refused.returncode == 1
    assert "private" in json.loads(refused.stdout)["rejected"][0]["reason"]

    again = run(db, "ingest", str(bad_batch), "--json")
    assert again.returncode == 0
    assert json.loads(again.stdout)["added"] == 0
    assert json.loads(again.stdout)["duplicates"] == 2


def test_a_local_page_is_fetched_only_when_private_addresses_are_allowed(
    tmp_path: Path, server: str
) -> None:
    db = tmp_path / "s.db"
    refused = run(db, "ingest", f"{server}/page", "--json")
    assert refused.returncode == 1
    assert "127.0.0.1" in refused.stdout
    allowed = run(db, "ingest", f"{server}/page", "--allow-private", "--json")
    assert allowed.returncode == 0, allowed.stderr
    assert json.loads(allowed.stdout)["added"] == 1


def test_contract_shapes_for_stories_brief_and_search(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert run(db, "ingest", "-", stdin=GOOD).returncode == 0
    stories = json.loads(run(db, "stories", "--json").stdout)
    assert set(stories[0]) >= {"id", "title", "articles", "outlets", "first_published", "last_published"}
    assert set(stories[0]["articles"][0]) >= {"id", "external_id", "url", "outlet", "title", "published"}
    brief = json.loads(run(db, "brief", str(stories[0]["id"]), "--format", "json").stdout)
    assert set(brief) >= {"story", "key_points", "people", "quotes", "figures", "timeline",
                          "discrepancies", "single_source", "coverage", "measures"}
    html = run(db, "brief", str(stories[0]["id"]), "--format", "html").stdout
    assert "Content-Security-Policy" in html
    hits = json.loads(run(db, "search", "metro drivers", "--json").stdout)
    assert hits and hits[0]["story_id"] == stories[0]["id"]


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = run(db, "brief", "42")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: no story with id 42")
    assert "Traceback" not in result.stderr


def test_demo_never_wipes_a_database_the_user_named(tmp_path: Path) -> None:
    db = tmp_path / "mine.db"
    assert run(db, "ingest", "-", stdin=GOOD).returncode == 0
    result = subprocess.run(
        [sys.executable, "-m", "storyline", "--db", str(db), "demo", "--out", str(tmp_path / "r.html")],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 1
    assert "fresh database" in result.stderr
    assert json.loads(run(db, "stories", "--json").stdout)  # still there
