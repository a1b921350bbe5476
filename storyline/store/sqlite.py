"""The SQLite implementation of the ``Store`` protocol (the embedded default).

All writes go through ``_write`` (one transaction each). The connection runs in autocommit
mode with explicit ``BEGIN IMMEDIATE`` so a crash mid-batch leaves every committed article
whole and nothing half-written. WAL journaling lets readers work while a writer commits.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import NotFoundError, StoreError
from ..records import Analysis, Article, Assignment, Rejection
from .analyses import AnalysesMixin
from .index_state import IndexStateMixin
from .measures import MeasureMentionsMixin
from .migrations import migrate
from .protocol import SearchHit
from .queries import ReadQueries
from .rows import ARTICLE_COLUMNS, StoryRowsMixin, item_from_row, items_query
from .watches import WatchStoreMixin


def _enable_wal(conn: sqlite3.Connection, tries: int = 50) -> None:
    """WAL lets readers work while a writer commits. Switching needs a moment alone with
    the file, and SQLite does not always wait for it, so retry briefly."""
    for attempt in range(tries):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == tries - 1:
                raise
            time.sleep(0.1)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(
    ReadQueries, WatchStoreMixin, IndexStateMixin, MeasureMentionsMixin, AnalysesMixin,
    StoryRowsMixin,
):
    """Articles, analyses, story assignments and full-text search in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            # The busy timeout first: switching to WAL and migrating wait for a lock when
            # another process opens the same new file at the same moment.
            self.conn.execute("PRAGMA busy_timeout = 5000")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                _enable_wal(self.conn)
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open as a Storyline database ({exc}); "
                "pass another --db path or move this file away"
            ) from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- writes ---------------------------------------------------------------------------

    def add_article(self, article: Article, analysis: Analysis, assignment: Assignment) -> bool:
        """Store an article with its analysis and story assignment, atomically.

        Returns False (and changes nothing) when an article with the same content hash is
        already stored: ingest is idempotent.
        """
        with self._write() as conn:
            if conn.execute(
                "SELECT 1 FROM articles WHERE content_hash = ?", (article.content_hash,)
            ).fetchone():
                return False
            conn.execute(
                f"INSERT INTO articles ({ARTICLE_COLUMNS}, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id, article.content_hash, article.external_id, article.url,
                    article.outlet, article.outlet_from, article.title, article.title_from,
                    article.published, article.published_from, article.published_note,
                    article.source, article.text, _now(),
                ),
            )
            conn.execute(
                "INSERT INTO analyses (article_id, version, data) VALUES (?, ?, ?)",
                (article.id, analysis.version, json.dumps(analysis.to_dict())),
            )
            self._put_assignment(conn, assignment)
        return True

    def add_articles(self, items: Sequence[tuple[Article, Analysis, Assignment]]) -> list[bool]:
        """``add_article`` for many at once, in one transaction with ``executemany`` (the
        backfill loader's bulk path). True where the article was stored now."""
        now = _now()
        with self._write() as conn:
            hashes = list({a.content_hash for a, _, _ in items})
            stored: set[str] = set()
            for i in range(0, len(hashes), 500):
                part = hashes[i : i + 500]
                marks = ", ".join("?" * len(part))
                stored.update(r[0] for r in conn.execute(
                    f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", part
                ))
            new: list[bool] = []
            for article, _, _ in items:
                new.append(article.content_hash not in stored)
                stored.add(article.content_hash)
            fresh = [item for item, is_new in zip(items, new, strict=True) if is_new]
            conn.executemany(
                f"INSERT INTO articles ({ARTICLE_COLUMNS}, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        a.id, a.content_hash, a.external_id, a.url, a.outlet, a.outlet_from,
                        a.title, a.title_from, a.published, a.published_from,
                        a.published_note, a.source, a.text, now,
                    )
                    for a, _, _ in fresh
                ],
            )
            conn.executemany(
                "INSERT INTO analyses (article_id, version, data) VALUES (?, ?, ?)",
                [(a.id, n.version, json.dumps(n.to_dict())) for a, n, _ in fresh],
            )
            for _, _, assignment in fresh:
                self._put_assignment(conn, assignment)
        return new

    def _put_assignment(self, conn: sqlite3.Connection, a: Assignment) -> None:
        conn.execute(
            "INSERT INTO assignments (article_id, story_id, score, copy_of, assigned_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
            "story_id = excluded.story_id, score = excluded.score, copy_of = excluded.copy_of, "
            "assigned_at = excluded.assigned_at",
            (a.article_id, a.story_id, a.score, a.copy_of, _now()),
        )

    def update_assignments(
        self, assignments: list[Assignment], changes: list[dict[str, Any]]
    ) -> None:
        """Apply a repair step's reassignments and record what it changed, atomically."""
        with self._write() as conn:
            for a in assignments:
                self._put_assignment(conn, a)
            for change in changes:
                conn.execute(
                    "INSERT INTO story_changes (data, at) VALUES (?, ?)",
                    (json.dumps(change), _now()),
                )

    def record_rejection(self, rejection: Rejection) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO rejections (source, reason, at) VALUES (?, ?, ?)",
                (rejection.source, rejection.reason, _now()),
            )

    # -- reads ----------------------------------------------------------------------------

    def has_content(self, content_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row is not None

    def stored_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The content hashes among ``hashes`` that are stored (one query per 500)."""
        found: set[str] = set()
        wanted = list(dict.fromkeys(hashes))
        for i in range(0, len(wanted), 500):
            part = wanted[i : i + 500]
            marks = ", ".join("?" * len(part))
            found.update(r[0] for r in self.conn.execute(
                f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", part
            ))
        return found

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def _article(self, row: tuple[Any, ...]) -> Article:
        keys = [k.strip() for k in ARTICLE_COLUMNS.split(",")]
        return Article(**dict(zip(keys, row, strict=True)))

    def article(self, article_id: str) -> Article:
        row = self.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id!r}")
        return self._article(row)

    def iter_items(
        self, story_id: int | None = None, *, newest: int | None = None
    ) -> Iterator[tuple[Article, Analysis, Assignment]]:
        """Articles with their analysis and assignment, in ingest order; ``newest`` keeps
        only the last N ingested."""
        sql, params = items_query(story_id, newest, "?")
        for row in self.conn.execute(sql, params):
            yield item_from_row(row)

    def _story_rows(self, story_id: int | None = None) -> list[tuple[Any, ...]]:
        sql = (
            "SELECT s.story_id, a.id, a.external_id, a.url, a.outlet, a.title, a.published, "
            "s.copy_of FROM assignments s JOIN articles a ON a.id = s.article_id"
        )
        params: tuple[Any, ...] = ()
        if story_id is not None:
            sql += " WHERE s.story_id = ?"
            params = (story_id,)
        order = " ORDER BY s.story_id, a.published IS NULL, a.published, a.seq"
        return self.conn.execute(sql + order, params).fetchall()

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search (FTS5 syntax; plain words are ANDed)."""
        sql = (
            "SELECT a.id, a.title, a.outlet, a.published, s.story_id, "
            "snippet(articles_fts, 1, '[', ']', ' … ', 12), bm25(articles_fts) "
            "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "LEFT JOIN assignments s ON s.article_id = a.id "
            "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?"
        )
        try:
            rows = self.conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            # Not valid FTS5 syntax (a stray quote or operator): search the words literally.
            quoted = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
            rows = self.conn.execute(sql, (quoted, limit)).fetchall() if quoted else []
        return [
            SearchHit(
                article_id=r[0], title=r[1], outlet=r[2], published=r[3], story_id=r[4],
                snippet=r[5], score=-float(r[6]),
            )
            for r in rows
        ]

    def story_changes(self) -> list[dict[str, Any]]:
        """What repair steps changed (merges, splits, moves), oldest first."""
        rows = self.conn.execute("SELECT data FROM story_changes ORDER BY seq")
        return [json.loads(r[0]) for r in rows]

    def max_story_id(self) -> int:
        row = self.conn.execute("SELECT max(story_id) FROM assignments").fetchone()
        return int(row[0] or 0)

    def rejections(self) -> list[Rejection]:
        return [
            Rejection(source=r[0], reason=r[1])
            for r in self.conn.execute("SELECT source, reason FROM rejections ORDER BY seq")
        ]
