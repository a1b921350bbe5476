"""The `storyline` command as a user runs it: a real database, a real local HTTP server.
Bad inputs are reported one line each, the rest is stored, re-runs add nothing, the JSON
shapes follow the contract, and bad settings are one line with exit code 2.

Most cases run in-process (typer's CliRunner on ``storyline.cli.app``, one spaCy model for
the whole session); a few run ``python -m storyline`` as a real process, to cover the
console entry point itself."""

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
from typer.testing import CliRunner

from storyline import __version__
from storyline.cli import app

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


def cli(db: Path | str | None, *args: str, stdin: str | None = None, **env: str) -> Any:
    """``storyline ARGS`` in-process; ``db`` goes in STORYLINE_DB (None: unset)."""
    environ: dict[str, str | None] = {"STORYLINE_FETCH_TIMEOUT": "1.0", "STORYLINE_DB": None}
    if db is not None:
        environ["STORYLINE_DB"] = str(db)
    environ.update(env)
    return CliRunner().invoke(app, list(args), input=stdin, env=environ, catch_exceptions=False)


def run(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m storyline ARGS`` as a real process."""
    return subprocess.run(
        [sys.executable, "-m", "storyline", *args],
        capture_output=True, text=True, env={**os.environ, **env}, input=stdin, timeout=300,
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


@pytest.fixture()
def stored(tmp_path: Path) -> Path:
    """A database holding one story (the metro strike)."""
    db = tmp_path / "s.db"
    result = cli(db, "ingest", "-", stdin=GOOD)
    assert result.exit_code == 0, result.stderr
    return db


def test_bad_inputs_are_named_and_the_rest_of_the_batch_is_stored(
    tmp_path: Path, bad_batch: Path, server: str
) -> None:
    db = tmp_path / "s.db"
    urls = ["http://10.1.2.3/news", f"{server}/slow"]
    first = cli(db, "ingest", str(bad_batch), *urls, "--allow-private", "--json")
    assert first.exit_code == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["added"] == 2  # good.txt and the JSONL line with HTML
    reasons = {Path(r["source"].split(" ")[0]).name or r["source"]: r["reason"] for r in summary["rejected"]}
    for name in ("empty.txt", "blob.txt", "latin1.txt", "dump.jsonl", "broken.rss", "nav.html"):
        assert name in reasons, (name, summary["rejected"])
    assert "UTF-8" in reasons["latin1.txt"]
    assert any("time" in r["reason"] and "slow" in r["source"] for r in summary["rejected"])
    assert all("\n" not in r["reason"] for r in summary["rejected"])

    # without --allow-private the private address is refused, not fetched
    refused = cli(db, "ingest", "http://10.1.2.3/news", "--json")
    assert refused.exit_code == 1
    assert "private" in json.loads(refused.stdout)["rejected"][0]["reason"]

    again = cli(db, "ingest", str(bad_batch), "--json")
    assert again.exit_code == 0
    assert json.loads(again.stdout)["added"] == 0
    assert json.loads(again.stdout)["duplicates"] == 2


def test_a_local_page_is_fetched_only_when_private_addresses_are_allowed(
    tmp_path: Path, server: str
) -> None:
    db = tmp_path / "s.db"
    refused = cli(db, "ingest", f"{server}/page", "--json")
    assert refused.exit_code == 1
    assert "127.0.0.1" in refused.stdout
    allowed = cli(db, "ingest", f"{server}/page", "--allow-private", "--json")
    assert allowed.exit_code == 0, allowed.stderr
    assert json.loads(allowed.stdout)["added"] == 1


def test_contract_shapes_for_ingest_stories_brief_and_search(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    summary = json.loads(cli(db, "ingest", "-", "--json", stdin=GOOD).stdout)
    assert set(summary) == {"added", "duplicates", "revised", "rejected", "skipped", "stories", "changes"}
    stories = json.loads(cli(db, "stories", "--json").stdout)
    assert set(stories[0]) >= {"id", "title", "articles", "outlets", "first_published", "last_published"}
    assert set(stories[0]["articles"][0]) >= {"id", "external_id", "url", "outlet", "title", "published"}
    brief = json.loads(cli(db, "brief", str(stories[0]["id"]), "--format", "json").stdout)
    assert set(brief) >= {"story", "key_points", "people", "quotes", "figures", "timeline",
                          "discrepancies", "single_source", "coverage", "measures"}
    html = cli(db, "brief", str(stories[0]["id"]), "--format", "html").stdout
    assert "Content-Security-Policy" in html
    hits = json.loads(cli(db, "search", "metro drivers", "--json").stdout)
    assert hits and hits[0]["story_id"] == stories[0]["id"]


def test_json_fields_printed_are_all_documented(tmp_path: Path, stored: Path) -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "json.md").read_text()
    summary = json.loads(cli(stored, "ingest", "-", "--json", stdin=GOOD).stdout)
    story = json.loads(cli(stored, "stories", "--json").stdout)[0]
    hit = json.loads(cli(stored, "search", "metro", "--json").stdout)[0]
    for key in [*summary, *story, *story["articles"][0], *hit]:
        assert f'"{key}"' in doc or f"`{key}`" in doc, key


def test_a_missing_story_is_one_line_without_traceback(stored: Path) -> None:
    result = cli(stored, "brief", "42")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no story with id 42")
    assert len(result.stderr.strip().splitlines()) == 1


def test_db_is_accepted_after_the_command(stored: Path, tmp_path: Path) -> None:
    before = cli(None, "--db", str(stored), "stories", "--json")
    after = cli(None, "stories", "--json", "--db", str(stored))
    equals = cli(None, "stories", f"--db={stored}", "--json")
    assert before.exit_code == after.exit_code == equals.exit_code == 0, after.stderr
    assert json.loads(before.stdout) == json.loads(after.stdout) == json.loads(equals.stdout)


def test_read_commands_on_a_missing_database_say_so_and_create_nothing(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "news.db"
    for args in (["stories"], ["brief", "1"], ["search", "metro"], ["report", "--out", str(tmp_path / "r.html")]):
        result = cli(db, *args)
        assert result.exit_code == 2, (args, result.stdout)
        assert result.stderr.strip() == (
            f"error: database {db}: does not exist (run `storyline ingest` first, "
            "or pass --db / STORYLINE_DB)"
        )
    assert not (tmp_path / "sub").exists()


@pytest.mark.parametrize("value", ["postgresql:", "mysql://news@localhost/news", "redis:x"])
def test_a_database_url_for_an_unknown_backend_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli(None, "--db", value, "ingest", "-", stdin=GOOD)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: database {value!r}: no ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # no file named "postgresql:"


def test_a_sqlite_url_names_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stored: Path) -> None:
    monkeypatch.chdir(stored.parent)
    result = cli(None, "--db", f"sqlite:///{stored.name}", "stories", "--json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 1


@pytest.mark.parametrize(
    ("name", "value", "reason"),
    [
        ("STORYLINE_WORKERS", "abc", "not an integer"),
        ("STORYLINE_WORKERS", "-2", "must be 0 or more"),
        ("STORYLINE_FETCH_TIMEOUT", "soon", "not a number"),
        ("STORYLINE_ALLOW_PRIVATE", "perhaps", "not a yes/no value"),
    ],
)
def test_a_bad_environment_value_is_one_line_and_exit_code_2(
    stored: Path, name: str, value: str, reason: str
) -> None:
    result = cli(stored, "stories", **{name: value})
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {name}={value!r}: {reason}")
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_unreadable_database_file_is_one_line_and_exit_code_2(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("these are my notes, not a database\n")
    for db in (notes, tmp_path):
        result = cli(db, "stories")
        assert result.exit_code == 2
        assert result.stderr.startswith(f"error: database {db}: ")
    assert notes.read_text() == "these are my notes, not a database\n"


def test_short_help_and_version() -> None:
    assert cli(None, "-h").stdout.startswith("Usage:")
    assert "Examples:" in cli(None, "ingest", "-h").stdout
    assert cli(None, "--version").stdout.strip() == f"storyline {__version__}"


def test_a_readme_in_a_folder_is_read_unless_excluded_and_skips_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "metro.txt").write_text(GOOD, encoding="utf-8")
    (folder / "README.md").write_text(GOOD.replace("second day", "third day").replace("Lisbon's", "The"), encoding="utf-8")
    (folder / ".notes.txt").write_text(GOOD, encoding="utf-8")
    read_all = json.loads(cli(tmp_path / "a.db", "ingest", str(folder), "--json").stdout)
    assert read_all["added"] == 2
    assert [s["source"] for s in read_all["skipped"]] == [str(folder / ".notes.txt")]

    result = cli(tmp_path / "b.db", "ingest", str(folder), "--exclude", "readme.md")
    assert result.exit_code == 0
    assert result.stdout.startswith("added 1, duplicates 0, rejected 0, skipped 2")
    assert f"skipped: {folder / 'README.md'}: excluded by --exclude 'readme.md'" in result.stderr


def test_other_libraries_log_lines_stay_silent_unless_verbose(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("plain words, no markup at all")  # trafilatura logs errors on this
    quiet = cli(tmp_path / "s.db", "ingest", str(page))
    assert quiet.stderr.strip().splitlines() == [f"rejected: {page}: no article text found"]
    loud = cli(tmp_path / "s.db", "-v", "ingest", str(page))
    assert "trafilatura" in loud.stderr


def test_demo_never_wipes_a_database_the_user_named(tmp_path: Path, stored: Path) -> None:
    result = cli(None, "--db", str(stored), "demo", "--out", str(tmp_path / "r.html"))
    assert result.exit_code == 2
    assert "fresh database" in result.stderr
    assert json.loads(cli(stored, "stories", "--json").stdout)  # still there


# ------------------------------------------------------------ the real console entry point
def test_process_errors_are_one_line_with_exit_codes(tmp_path: Path) -> None:
    bad_env = run("stories", STORYLINE_WORKERS="abc", STORYLINE_DB=str(tmp_path / "x.db"))
    assert bad_env.returncode == 2
    assert bad_env.stderr == "error: STORYLINE_WORKERS='abc': not an integer\n"
    usage = run("brief", "not-a-number", STORYLINE_DB=str(tmp_path / "x.db"))
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr
    assert not (tmp_path / "x.db").exists()


def test_process_ingests_stdin_and_lists_the_story(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    added = run("ingest", "-", "--json", stdin=GOOD, STORYLINE_DB=db)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["added"] == 1
    listed = run("--db", db, "stories")
    assert listed.returncode == 0
    assert "Lisbon metro strike" in listed.stdout
    missing = run("brief", "42", "--db", db)
    assert missing.returncode == 1
    assert missing.stderr.startswith("error: no story with id 42")
    assert missing.stderr.count("\n") == 1
