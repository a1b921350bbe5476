"""``storyline measures``, ``measure``, ``deadlines`` and the brief's measures, in-process on a
small corpus of our own writing (three stories, two of them about one trade measure)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline import api
from storyline.cli import app
from storyline.config import Settings
from storyline.store import open_store
from storyline.trade.evaluation import evaluate_measures

ARTICLES = {
    "truce-a.txt": ("Honolulu truce cuts tariffs", "Tidewater Times", "2026-03-12",
                    "The United States and South Korea agreed on Wednesday to cut tariffs on "
                    "each other's goods in Honolulu.\nWashington will cut its tariffs on South "
                    "Korean cars from 25% to 15% for 90 days starting March 16.\nSeoul will "
                    "lower its levies on American beef from 30% to 10%."),
    "truce-b.txt": ("Korea tariff truce agreed", "Inland Courier", "2026-03-12",
                    "Negotiators in Honolulu agreed on Wednesday to a 90-day tariff truce.\n"
                    "The United States will cut its tariffs on South Korean cars from 25% to "
                    "15% from March 16.\nSouth Korea will lower its levies on American beef "
                    "from 30% to 12%."),
    "extend.txt": ("Busan talks extend the truce", "Tidewater Times", "2026-06-11",
                   "Negotiators meeting in Busan agreed on Wednesday to extend the pause on "
                   "higher tariffs on South Korean cars until September 12.\nWashington "
                   "extended its tariffs on South Korean cars at 15% for another 90 days on "
                   "Wednesday."),
    "storm.txt": ("Storm closes harbour", "Inland Courier", "2026-06-20",
                  "A storm closed the harbour at Port Ellery on Friday, stranding two ferries "
                  "and dozens of fishing boats.\nWinds of more than 100 kilometres an hour "
                  "tore roofs from sheds along the quay, and the coastguard rescued three "
                  "sailors from a yacht that had lost its mast.\nFerries will resume on "
                  "Monday, the port authority said, once divers have checked the harbour "
                  "wall for damage."),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("trade-corpus")
    for name, (title, outlet, day, text) in ARTICLES.items():
        (folder / name).write_text(
            f"Title: {title}\nOutlet: {outlet}\nPublished: {day}\n\n{text}\n", encoding="utf-8")
    path = folder / "trade.db"
    with open_store(path) as store:
        report = api.ingest([str(folder)], store, Settings(db=str(path), workers=1))
    assert report.added == len(ARTICLES)
    return path


def cli(db: Path, *args: str) -> Any:
    return CliRunner().invoke(app, ["--db", str(db), *args], catch_exceptions=False)


def _records(db: Path, *args: str) -> list[dict[str, Any]]:
    result = cli(db, "measures", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_measures_json_keeps_the_contract_and_one_history_spans_two_stories(db: Path) -> None:
    records = _records(db)
    for r in records:
        assert set(r) == {"id", "title", "imposed_by", "affects", "instrument", "mast",
                          "products", "legal_basis", "status", "events", "stories"}
        for e in r["events"]:
            assert set(e) == {"date", "action", "value", "previous", "effective", "citations"}
            assert e["citations"] and all(
                set(c) == {"article_id", "external_id", "sentence"} for c in e["citations"])
    (us,) = [r for r in records if r["imposed_by"] == "United States"]
    assert us["affects"] == ["South Korea"] and len(us["stories"]) == 2
    actions = [(e["date"], e["action"]) for e in us["events"]]
    assert ("2026-03-11", "cut") in actions and ("2026-06-10", "extended") in actions
    assert ("2026-09-12", "expires") in actions


def test_filters_accept_any_spelling_of_a_jurisdiction(db: Path) -> None:
    assert [r["imposed_by"] for r in _records(db, "--by", "Washington")] == ["United States"]
    assert {r["imposed_by"] for r in _records(db, "--on", "U.S.")} == {"South Korea"}
    assert _records(db, "--instrument", "sanction") == []
    bad = cli(db, "measures", "--status", "sleeping")
    assert bad.exit_code != 0 and bad.stderr.startswith("error: --status 'sleeping'")


def test_measure_history_flags_the_conflicting_rates(db: Path) -> None:
    (korea,) = [r for r in _records(db) if r["imposed_by"] == "South Korea"]
    result = cli(db, "measure", str(korea["id"]), "--json")
    data = json.loads(result.stdout)
    assert any("10%" in c and "12%" in c for c in data["conflicts"])
    text = cli(db, "measure", str(korea["id"])).stdout
    assert "Conflicts:" in text and "Inland Courier" not in text.split("History:")[0]
    missing = cli(db, "measure", "999")
    assert missing.exit_code == 1
    assert missing.stderr.startswith("error: no measure with id 999")


def test_csv_has_one_row_per_event(db: Path) -> None:
    lines = cli(db, "measures", "--csv").stdout.strip().splitlines()
    assert lines[0].startswith("id,title,imposed_by,affects,instrument")
    events = sum(len(r["events"]) for r in _records(db))
    assert len(lines) == 1 + events


def test_deadlines_list_json_and_icalendar(db: Path, tmp_path: Path) -> None:
    data = json.loads(cli(db, "deadlines", "--all", "--json").stdout)
    assert {(d["date"], d["kind"]) for d in data} >= {("2026-03-16", "takes effect"),
                                                       ("2026-09-12", "expires")}
    later = json.loads(cli(db, "deadlines", "--after", "2026-07-01", "--json").stdout)
    assert all(d["date"] >= "2026-07-01" for d in later)
    out = tmp_path / "deadlines.ics"
    assert cli(db, "deadlines", "--all", "--ics", "--out", str(out)).exit_code == 0
    assert out.read_bytes().count(b"BEGIN:VEVENT") == len(data)
    assert cli(db, "deadlines", "--after", "June").exit_code != 0


def test_the_brief_lists_the_story_measures_in_json_markdown_and_html(db: Path) -> None:
    with open_store(db) as store:
        stories = {s.title: s.id for s in store.stories()}
    truce = stories["Honolulu truce cuts tariffs"]
    brief = json.loads(cli(db, "brief", str(truce), "--format", "json").stdout)
    assert {r["imposed_by"] for r in brief["measures"]} == {"United States", "South Korea"}
    assert all("conflicts" in r for r in brief["measures"])
    assert "## Trade measures" in cli(db, "brief", str(truce)).stdout
    assert "<h2>Trade measures</h2>" in cli(db, "brief", str(truce), "--format", "html").stdout
    storm = json.loads(cli(db, "brief", str(stories["Storm closes harbour"]), "--format",
                           "json").stdout)
    assert storm["measures"] == []


def test_eval_measures_scores_a_tiny_set_beside_the_baseline(tmp_path: Path) -> None:
    path = tmp_path / "set.txt"
    path.write_text(
        "@ us-kr\n2026-03-12 | Washington cut its tariffs on Korean cars to 15% on Wednesday.\n"
        "= United States | South Korea | tariff | cut | 15% | - | 2026-03-11 | - | cars\n"
        "@ none\n2026-03-12 | Markets rose on Wednesday.\n", encoding="utf-8")
    result = evaluate_measures("all", path)
    ours = result["storyline"]
    assert ours["fields"]["instrument"]["recall"] == 100.0
    assert ours["records"]["f1"] == 100.0
    assert set(result["baseline"]["fields"]) == set(ours["fields"])


def test_a_read_only_database_still_gives_the_ledger(db: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import sqlite3

    from storyline.store.sqlite import SQLiteStore
    from storyline.trade import service

    copy = tmp_path / "ro.db"
    shutil.copy(db, copy)
    with open_store(copy) as store:
        expected = [r.title for r in service.ledger(store).records]
    copy.chmod(0o444)
    store = SQLiteStore.__new__(SQLiteStore)
    store.path = str(copy)
    store.conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True, isolation_level=None)
    monkeypatch.setattr(service, "EXTRACTOR_VERSION", "trade-next")  # the cache is stale
    try:
        assert [r.title for r in service.ledger(store).records] == expected
    finally:
        store.conn.close()


def test_cached_mentions_follow_the_stored_analyses(db: Path, tmp_path: Path) -> None:
    import shutil

    from storyline.trade import EXTRACTOR_VERSION, service

    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    with open_store(copy) as store:
        service.ledger(store)
        conn = store.conn  # type: ignore[attr-defined]
        cached = conn.execute("SELECT count(*) FROM measure_mentions").fetchone()[0]
        assert cached == len(ARTICLES)
        stamp = store.measure_stamp()
        conn.execute("UPDATE analyses SET version = version WHERE rowid = 1")  # re-analysed
        assert conn.execute("SELECT count(*) FROM measure_mentions").fetchone()[0] == cached - 1
        assert store.measure_stamp() != stamp
        assert len(store.analyses_without_mentions(EXTRACTOR_VERSION)) == 1
        service.ledger(store)
        assert store.analyses_without_mentions(EXTRACTOR_VERSION) == []
