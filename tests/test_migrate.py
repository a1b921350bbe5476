"""``storyline migrate``: every table of the schema moves, both ways, ids and counters kept.

The round trip SQLite → PostgreSQL → SQLite must give identical table dumps, the same
``stories --json`` and briefs, and a later ingest must keep the hand corrections and
hand out ids after the copied ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from clitools import cli, out
from test_backfill_corpus import ARTICLES, BRIDGE, write_jsonl

from storyline.store import open_store
from storyline.store.transfer import NOT_COPIED, reference_schema

EXAMPLES = Path(__file__).resolve().parent.parent / "storyline" / "examples"

FERRY = (
    "Title: Ferry strike halts Baltic crossings\nOutlet: Tagus Courier\n"
    "Published: 2025-11-02\n\nCrews on ferries between Tallinn and Helsinki walked out "
    "on Sunday over pay, cancelling 30 crossings, the Estonian seafarers' union said. "
    "Operator Tallink said talks would resume on Tuesday.\n"
)


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every copied table's rows (sorted) and the AUTOINCREMENT positions."""
    conn = sqlite3.connect(path)
    try:
        tables = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                  for t in reference_schema().copied()}
        tables["sqlite_sequence"] = sorted(conn.execute("SELECT * FROM sqlite_sequence"))
        return tables
    finally:
        conn.close()


def test_every_schema_table_is_copied_or_listed_with_a_reason() -> None:
    schema = reference_schema()
    copied = schema.copied()
    assert len(copied) == len(set(copied))
    for table in schema.tables:
        assert (table in copied) != (table in NOT_COPIED), table
        if table in NOT_COPIED:
            assert len(NOT_COPIED[table]) > 20, table  # a reason, not a placeholder
    assert set(NOT_COPIED) <= set(schema.tables)  # nothing listed that no longer exists
    # Parents before children; trigger-written tables after the tables that fire them.
    for table in copied:
        assert all(copied.index(p) < copied.index(table)
                   for p in schema.parents[table] if p != table), table
    assert {"story_summaries", "pending_repairs"} <= schema.trigger_written
    for table in ("watches", "alerts", "watchlists", "article_revisions", "pins",
                  "measure_mentions", "story_changes", "index_articles", "story_redirects"):
        assert table in copied


@pytest.fixture()
def source_db(tmp_path: Path) -> Path:
    """A database with every kind of row: stories, a revision, rejections, a move, a split
    and a merge by hand, cached measures, watched feeds, a watchlist and an alert."""
    db = tmp_path / "a.db"
    wire = write_jsonl(tmp_path / "wire.jsonl", ARTICLES)
    trade = [str(p) for p in sorted(EXAMPLES.glob("s10-*"))]
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert cli(db, "ingest", str(wire), *trade, str(tmp_path / "empty.txt")).exit_code == 0
    revised = dict(ARTICLES[0], text=BRIDGE.replace("40 million", "42 million"))
    report = out(db, "ingest", str(write_jsonl(tmp_path / "rev.jsonl", [revised])), "--json")
    assert report["revised"]
    stories = out(db, "stories", "--json")
    by_title = {a["title"]: (s["id"], a["id"]) for s in stories for a in s["articles"]}
    bridge, queues = by_title["Queues at Vasco da Gama after lorry ban"]
    chess, _ = by_title["Chess: Erigaisi wins Wijk aan Zee"]
    flood, drava = by_title["Hundreds evacuated as Drava rises"]
    out(db, "split", str(bridge), queues, "--json")
    out(db, "move", drava, str(chess), "--json")
    out(db, "merge", str(chess), str(flood), "--json")
    with open_store(db) as store:
        watch = store.add_watch("https://feeds.example/world.rss", "world", 900)
        store.put_watch_entries(watch.id, {"https://feeds.example/a": "f1"})
        store.add_watch("https://feeds.example/gone.rss", "gone", 900)
        store.remove_watch(store.watch("gone").id)  # its id is handed out, never reused
        listing = store.add_watchlist("bridges", {"keywords": ["bridge"]}, None)
        store.put_watchlist_state(listing.id, bridge, ["Meridian"], [])
        store.add_alert(listing.id, bridge, "new_story", "A new story on bridges", {}, None)
    return db


def test_migrate_round_trip_keeps_every_table_and_later_ingests_agree(
    pg_url: str, source_db: Path, tmp_path: Path
) -> None:
    back = tmp_path / "b.db"
    there = out(source_db, "migrate", "--from", str(source_db), "--to", pg_url, "--json")
    assert there["articles"] == len(ARTICLES) + 3 and there["tables"]["pins"] >= 2
    again = out(source_db, "migrate", "--from", pg_url, "--to", f"sqlite:///{back}", "--json")
    assert again["tables"] == there["tables"]
    want = dump(source_db)
    assert want["alerts"] and want["article_revisions"] and want["measure_mentions"]
    assert want["story_redirects"] and want["watch_entries"] and want["rejections"]
    assert dump(back) == want
    stories = out(source_db, "stories", "--json")
    for db in (pg_url, back):
        assert out(db, "stories", "--json") == stories
    for story in stories:
        brief = out(source_db, "brief", str(story["id"]), "--format", "json")
        assert out(back, "brief", str(story["id"]), "--format", "json") == brief
        assert out(pg_url, "brief", str(story["id"]), "--format", "json") == brief
    # A later ingest into each: the same new ids, the corrections still in place.
    ferry = tmp_path / "ferry.txt"
    ferry.write_text(FERRY, encoding="utf-8")
    new = [out(db, "ingest", str(ferry), "--json")["stories"]
           for db in (source_db, pg_url, back)]
    assert new[0] == new[1] == new[2] and new[0][0] > max(s["id"] for s in stories)
    after = out(source_db, "stories", "--json")
    assert out(back, "stories", "--json") == after == out(pg_url, "stories", "--json")
    with open_store(back) as store, open_store(source_db) as original:
        assert store.pinned_articles() == original.pinned_articles()
        assert store.add_watch("https://x.example/r", "x", 60).id == 3  # after "gone"


def test_migrate_refuses_a_non_empty_target_and_skips_a_finished_move(
    source_db: Path, tmp_path: Path
) -> None:
    back = tmp_path / "b.db"
    first = out(source_db, "migrate", "--from", str(source_db), "--to", str(back), "--json")
    assert first["articles"] == len(ARTICLES) + 3
    assert dump(back) == dump(source_db)
    again = out(source_db, "migrate", "--from", str(source_db), "--to", str(back), "--json")
    assert again["articles"] == 0 and again["skipped"] == len(ARTICLES) + 3
    other = tmp_path / "other.db"
    ferry = tmp_path / "ferry.txt"
    ferry.write_text(FERRY, encoding="utf-8")
    assert cli(other, "ingest", str(ferry)).exit_code == 0
    before = dump(back)
    refused = cli(other, "migrate", "--from", str(other), "--to", str(back))
    assert refused.exit_code != 0
    assert "not empty" in refused.output and "Traceback" not in refused.output
    assert dump(back) == before  # nothing written
    missing = cli(other, "migrate", "--from", str(tmp_path / "nope.db"), "--to",
                  str(tmp_path / "c.db"))
    assert missing.exit_code != 0 and "does not exist" in missing.output
    assert not (tmp_path / "nope.db").exists()
    onto_itself = cli(other, "migrate", "--from", str(other), "--to", str(other))
    assert onto_itself.exit_code != 0 and "same database" in onto_itself.output
