"""Store part for the trade lens: a cache of each article's trade-measure mentions.

Mentions are derived from stored analyses (``storyline.trade.extract_mentions``) the first
time the ledger is asked for, and kept here per article with the extractor version that made
them, so ingest pays nothing and a new extractor version recomputes only what is stale.
``MeasureMentionsMixin`` adds the methods to ``SQLiteStore`` (it uses the store's ``conn``
and ``_write``); ``MeasureStore`` is the protocol half other backends implement.

Tables: ``measure_mentions(article_id PRIMARY KEY → articles ON DELETE CASCADE, version,
count, data JSON list)`` (migration ``006_measure_mentions``) and ``measure_state`` (one
row: a change counter moved by triggers on articles, assignments, analyses and
measure_mentions; migration ``007_measure_state``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..records import Analysis, Record

MEASURES_SCHEMA = """
        CREATE TABLE measure_mentions (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            count INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX measure_mentions_count ON measure_mentions(count);
"""

# One counter that every write the ledger depends on moves (articles, story assignments,
# cached mentions), so asking "has anything changed?" costs one row read; a re-analysed
# article drops its cached mentions.
MEASURE_STATE_SCHEMA = """
        CREATE TABLE measure_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            changes INTEGER NOT NULL
        );
        INSERT INTO measure_state (id, changes) VALUES (1, 0);
        CREATE TRIGGER measure_state_articles_ai AFTER INSERT ON articles BEGIN
            UPDATE measure_state SET changes = changes + 1 WHERE id = 1;
        END;
        CREATE TRIGGER measure_state_articles_ad AFTER DELETE ON articles BEGIN
            UPDATE measure_state SET changes = changes + 1 WHERE id = 1;
        END;
        CREATE TRIGGER measure_state_assignments_ai AFTER INSERT ON assignments BEGIN
            UPDATE measure_state SET changes = changes + 1 WHERE id = 1;
        END;
        CREATE TRIGGER measure_state_assignments_au AFTER UPDATE ON assignments BEGIN
            UPDATE measure_state SET changes = changes + 1 WHERE id = 1;
        END;
        CREATE TRIGGER measure_state_assignments_ad AFTER DELETE ON assignments BEGIN
            UPDATE measure_state SET changes = changes + 1 WHERE id = 1;
        END;
        CREATE TRIGGER measure_state_mentions_ai AFTER INSERT ON measure_mentions BEGIN
            UPDATE measure_state SET changes = changes + 1 WHERE id = 1;
        END;
        CREATE TRIGGER measure_state_mentions_au AFTER UPDATE ON measure_mentions BEGIN
            UPDATE measure_state SET changes = changes + 1 WHERE id = 1;
        END;
        CREATE TRIGGER measure_state_analyses_au AFTER UPDATE ON analyses BEGIN
            DELETE FROM measure_mentions WHERE article_id = new.article_id;
            UPDATE measure_state SET changes = changes + 1 WHERE id = 1;
        END;
"""


@dataclass
class MentionRow(Record):
    """One article's cached mentions (as dicts) with where the article sits."""

    article_id: str
    external_id: str | None
    outlet: str | None
    published: str | None
    story_id: int | None
    seq: int
    mentions: list[dict[str, Any]] = field(default_factory=list)


class MeasureStore(Protocol):
    def analyses_without_mentions(
        self, version: str, *, limit: int = 500, story_id: int | None = None
    ) -> list[Analysis]:
        """Analyses of articles (of one story, if given) whose mentions are missing or from
        another version."""
        ...

    def put_measure_mentions(
        self, version: str, items: Sequence[tuple[str, list[dict[str, Any]]]]
    ) -> None:
        """Store (article_id, mentions) pairs, replacing older ones, in one transaction."""
        ...

    def measure_mention_rows(
        self, version: str, *, story_id: int | None = None
    ) -> list[MentionRow]:
        """Every article (of one story, if given) with at least one mention of this
        version, in ingest order."""
        ...

    def measure_stamp(self) -> str:
        """Changes whenever anything the ledger reads may have changed (cheap to call)."""
        ...


class MeasureMentionsMixin:
    conn: sqlite3.Connection

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:  # provided by the store
        raise NotImplementedError

    def analyses_without_mentions(
        self, version: str, *, limit: int = 500, story_id: int | None = None
    ) -> list[Analysis]:
        if story_id is not None:  # one story's articles, through the assignments index
            rows = self.conn.execute(
                "SELECT n.data FROM assignments s JOIN analyses n ON n.article_id = s.article_id "
                "JOIN articles a ON a.id = s.article_id "
                "LEFT JOIN measure_mentions m ON m.article_id = s.article_id "
                "WHERE s.story_id = ? AND (m.article_id IS NULL OR m.version != ?) "
                "ORDER BY a.seq LIMIT ?",
                (story_id, version, limit),
            ).fetchall()
            return [Analysis.from_dict(json.loads(r[0])) for r in rows]
        rows = self.conn.execute(
            "SELECT n.data FROM analyses n JOIN articles a ON a.id = n.article_id "
            "LEFT JOIN measure_mentions m ON m.article_id = n.article_id "
            "WHERE m.article_id IS NULL OR m.version != ? ORDER BY a.seq LIMIT ?",
            (version, limit),
        ).fetchall()
        return [Analysis.from_dict(json.loads(r[0])) for r in rows]

    def put_measure_mentions(
        self, version: str, items: Sequence[tuple[str, list[dict[str, Any]]]]
    ) -> None:
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO measure_mentions (article_id, version, count, data) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
                "version = excluded.version, count = excluded.count, data = excluded.data",
                [(aid, version, len(ms), json.dumps(ms, ensure_ascii=False))
                 for aid, ms in items],
            )

    def measure_mention_rows(
        self, version: str, *, story_id: int | None = None
    ) -> list[MentionRow]:
        if story_id is not None:
            rows = self.conn.execute(
                "SELECT a.id, a.external_id, a.outlet, a.published, s.story_id, a.seq, m.data "
                "FROM assignments s JOIN measure_mentions m ON m.article_id = s.article_id "
                "JOIN articles a ON a.id = s.article_id "
                "WHERE s.story_id = ? AND m.count > 0 AND m.version = ? ORDER BY a.seq",
                (story_id, version),
            ).fetchall()
            return [MentionRow(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]))
                    for r in rows]
        rows = self.conn.execute(
            "SELECT a.id, a.external_id, a.outlet, a.published, s.story_id, a.seq, m.data "
            "FROM measure_mentions m JOIN articles a ON a.id = m.article_id "
            "LEFT JOIN assignments s ON s.article_id = a.id "
            "WHERE m.count > 0 AND m.version = ? ORDER BY a.seq",
            (version,),
        ).fetchall()
        return [MentionRow(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]

    def measure_stamp(self) -> str:
        row = self.conn.execute("SELECT changes FROM measure_state WHERE id = 1").fetchone()
        return str(row[0] if row else 0)
