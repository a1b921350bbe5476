"""The PostgreSQL implementation of the ``Store`` protocol (for teams: one shared database).

Same contract as ``SQLiteStore``: every write is one transaction; an article is stored once
per content hash, enforced by a UNIQUE constraint (``INSERT … ON CONFLICT DO NOTHING``), so
several ingest processes may write at once without doubles; full-text search runs on a
generated ``tsvector`` column with a GIN index. Connections come from a small psycopg
pool, so a threaded web server shares them. ``writer_lock()`` (an advisory lock) lets
one process at a time assign articles to stories. Bulk loads use ``COPY``.

Needs the ``postgres`` extra: ``pip install 'storyline[postgres]'``.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from ..errors import MissingDependencyError, NotFoundError, StoreError
from ..records import Analysis, Article, Assignment, Rejection
from .analyses import AnalysesMixin
from .index_state import IndexStateMixin
from .measures import MeasureMentionsMixin
from .postgres_compat import CompatConnection
from .postgres_schema import ASSIGNMENT_LOCK, migrate
from .protocol import SearchHit
from .queries import ReadQueries
from .rows import ARTICLE_COLUMNS, StoryRowsMixin, item_from_row, items_query
from .watches import WatchStoreMixin

try:
    import psycopg
    from psycopg_pool import ConnectionPool
except ImportError:  # pragma: no cover - exercised only without the extra
    psycopg = None  # type: ignore[assignment]
    ConnectionPool = None  # type: ignore[assignment,misc]

log = logging.getLogger(__name__)

_COLUMNS = [c.strip() for c in ARTICLE_COLUMNS.split(",")]
# Rows fetched per round trip when streaming items with a server-side cursor.
_ITER_BATCH = 500
# Connections kept by the pool: a CLI needs one or two, a threaded web server a few more.
POOL_MIN, POOL_MAX = 1, 8


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _first(cur: Any) -> Any:
    row = cur.fetchone()
    return None if row is None else row[0]


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


def _article_row(article: Article, now: str) -> tuple[Any, ...]:
    return (
        article.id, article.content_hash, article.external_id, article.url, article.outlet,
        article.outlet_from, article.title, article.title_from, article.published,
        article.published_from, article.published_note, article.source, article.text, now,
    )


class PostgresStore(
    ReadQueries, WatchStoreMixin, IndexStateMixin, MeasureMentionsMixin, AnalysesMixin,
    StoryRowsMixin,
):
    """Articles, analyses, story assignments and full-text search in a PostgreSQL database.

    The core methods are written here for PostgreSQL (COPY, ON CONFLICT, tsvector); the
    feature mixins shared with SQLite run their SQL through ``postgres_compat``.
    """

    def __init__(self, url: str, *, pool_max: int = POOL_MAX) -> None:
        if psycopg is None or ConnectionPool is None:
            raise MissingDependencyError(
                "PostgreSQL support is not installed; install storyline[postgres] "
                "(pip install 'storyline[postgres]')"
            )
        self.url = url
        self.path = redact(url)  # what the mixins name the database by in messages
        try:
            with psycopg.connect(url, connect_timeout=10) as conn:
                applied = migrate(conn)
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(
                f"{redact(url)}: cannot open as a Storyline database ({reason}); "
                "check the server is running and the URL names an existing database"
            ) from exc
        if applied:
            log.info("postgres migrations applied: %s", applied)
        self.pool = ConnectionPool(
            url, min_size=POOL_MIN, max_size=max(pool_max, POOL_MIN), open=True,
            kwargs={"connect_timeout": 10, "autocommit": True}, name="storyline",
        )

    def close(self) -> None:
        self.pool.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _conn(self) -> Iterator[Any]:
        """A pooled connection in autocommit mode: a read is one round trip (no BEGIN and
        COMMIT around it)."""
        with self.pool.connection() as conn:
            yield conn

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        """A pooled connection inside a transaction: committed on exit, rolled back on
        error."""
        with self.pool.connection() as conn, conn.transaction():
            yield conn

    @property
    def conn(self) -> Any:  # type: ignore[override]  # mixins' self.conn: one pooled call each
        return CompatConnection(self._conn)

    @contextmanager
    def _write(self) -> Iterator[Any]:
        """The mixins' write transaction: every statement on one connection, committed
        together (rolled back on error)."""
        with self.pool.connection() as conn, conn.transaction():
            fixed = conn

            @contextmanager
            def same() -> Iterator[Any]:
                yield fixed

            yield CompatConnection(same)

    # -- writes ---------------------------------------------------------------------------

    def add_article(self, article: Article, analysis: Analysis, assignment: Assignment) -> bool:
        """Store an article with its analysis and assignment, atomically; False (and no
        change) when its content hash is already stored, by us or by another process."""
        with self._tx() as conn:
            row = conn.execute(
                f"INSERT INTO articles ({ARTICLE_COLUMNS}, ingested_at) VALUES "
                "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT DO NOTHING RETURNING seq",
                _article_row(article, _now()),
            ).fetchone()
            if row is None:
                return False
            conn.execute(
                "INSERT INTO analyses (article_id, version, data) VALUES (%s, %s, %s)",
                (article.id, analysis.version, json.dumps(analysis.to_dict())),
            )
            self._put_assignments(conn, [assignment])
        return True

    def add_articles(
        self, items: Sequence[tuple[Article, Analysis, Assignment]]
    ) -> list[bool]:
        """Bulk ``add_article`` in one transaction with ``COPY``; True where stored now."""
        if not items:
            return []
        now = _now()
        stage = f"stage_{uuid.uuid4().hex[:12]}"
        with self._tx() as conn:
            conn.execute(
                f"CREATE TEMP TABLE {stage} (LIKE articles INCLUDING DEFAULTS) ON COMMIT DROP"
            )
            conn.execute(f"ALTER TABLE {stage} DROP COLUMN seq, DROP COLUMN tsv")
            with conn.cursor().copy(
                f"COPY {stage} ({ARTICLE_COLUMNS}, ingested_at) FROM STDIN"
            ) as copy:
                for article, _, _ in items:
                    copy.write_row(_article_row(article, now))
            inserted = {
                r[0]
                for r in conn.execute(
                    f"INSERT INTO articles ({ARTICLE_COLUMNS}, ingested_at) "
                    f"SELECT {ARTICLE_COLUMNS}, ingested_at FROM {stage} ORDER BY ctid "
                    "ON CONFLICT DO NOTHING RETURNING id"
                )
            }
            stored: list[bool] = []
            for article, _, _ in items:  # a repeat inside the batch is not stored twice
                stored.append(article.id in inserted)
                inserted.discard(article.id)
            with conn.cursor().copy(
                "COPY analyses (article_id, version, data) FROM STDIN"
            ) as copy:
                for (article, analysis, _), new in zip(items, stored, strict=True):
                    if new:
                        copy.write_row(
                            (article.id, analysis.version, json.dumps(analysis.to_dict()))
                        )
            self._put_assignments(conn, [s for (_, _, s), new in zip(items, stored,
                                                                      strict=True) if new])
        return stored

    def _put_assignments(self, conn: Any, assignments: Sequence[Assignment]) -> None:
        if not assignments:
            return
        now = _now()
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO assignments (article_id, story_id, score, copy_of, assigned_at) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (article_id) DO UPDATE SET "
                "story_id = excluded.story_id, score = excluded.score, "
                "copy_of = excluded.copy_of, assigned_at = excluded.assigned_at",
                [(a.article_id, a.story_id, a.score, a.copy_of, now) for a in assignments],
            )

    def update_assignments(
        self, assignments: list[Assignment], changes: list[dict[str, Any]]
    ) -> None:
        """Apply a repair step's reassignments and record what it changed, atomically."""
        with self._tx() as conn:
            self._put_assignments(conn, assignments)
            if changes:
                now = _now()
                with conn.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO story_changes (data, at) VALUES (%s, %s)",
                        [(json.dumps(c), now) for c in changes],
                    )

    def record_rejection(self, rejection: Rejection) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO rejections (source, reason, at) VALUES (%s, %s, %s)",
                (rejection.source, rejection.reason, _now()),
            )

    @contextmanager
    def writer_lock(self, timeout: float = 600.0) -> Iterator[None]:
        """Hold the database-wide story-assignment lock (a PostgreSQL advisory lock on a
        connection of its own; re-entrant within this store). Another process waits up to
        ``timeout`` seconds, then gets a ``StoreError``. The server releases the lock when
        the holder's connection ends, so a killed process never leaves it held."""
        state = self.__dict__.setdefault("_lock_state", {"depth": 0, "conn": None})
        guard = self.__dict__.setdefault("_lock_guard", threading.RLock())
        with guard:
            if state["depth"] == 0:
                state["conn"] = self._take_lock(timeout)
            state["depth"] += 1
            try:
                yield
            finally:
                state["depth"] -= 1
                if state["depth"] == 0 and state["conn"] is not None:
                    conn, state["conn"] = state["conn"], None
                    try:
                        conn.execute("SELECT pg_advisory_unlock(%s)", (ASSIGNMENT_LOCK,))
                    finally:
                        conn.close()

    def _take_lock(self, timeout: float) -> Any:
        assert psycopg is not None
        conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10)
        deadline = time.monotonic() + timeout
        waited = False
        while not _first(conn.execute("SELECT pg_try_advisory_lock(%s)", (ASSIGNMENT_LOCK,))):
            if not waited:
                log.warning("%s: another process is assigning stories; waiting", self.path)
                waited = True
            if time.monotonic() > deadline:
                conn.close()
                raise StoreError(
                    f"{self.path}: another process held the story-assignment lock for "
                    f"{timeout:.0f} s; try again when it has finished"
                )
            time.sleep(0.05)
        return conn

    def allocate_story_id(self) -> int:
        """A new story id from the database's sequence: unique across processes, never
        reused, and above every id stored (also after ``storyline migrate`` copied ids)."""
        with self._tx() as conn:
            sid = int(conn.execute(
                "INSERT INTO story_ids (created_at) VALUES (%s) RETURNING id", (_now(),)
            ).fetchone()[0])
            top = int(conn.execute(
                "SELECT greatest((SELECT coalesce(max(story_id), 0) FROM assignments), "
                "(SELECT coalesce(max(from_id), 0) FROM story_redirects))"
            ).fetchone()[0])
            if sid <= top:
                conn.execute("SELECT setval(pg_get_serial_sequence('story_ids', 'id'), %s)",
                             (top,))
                sid = int(conn.execute(
                    "INSERT INTO story_ids (created_at) VALUES (%s) RETURNING id", (_now(),)
                ).fetchone()[0])
            conn.execute("DELETE FROM story_ids WHERE id < %s", (sid,))
        return sid

    # -- reads ----------------------------------------------------------------------------

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self._conn() as conn:
            return conn.execute(sql, params).fetchone()

    def has_content(self, content_hash: str) -> bool:
        return self._one("SELECT 1 FROM articles WHERE content_hash = %s", (content_hash,)) \
            is not None

    def stored_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The content hashes among ``hashes`` that are stored (one round trip)."""
        if not hashes:
            return set()
        with self._conn() as conn:
            return {r[0] for r in conn.execute(
                "SELECT content_hash FROM articles WHERE content_hash = ANY(%s)", (list(hashes),)
            )}

    def count_articles(self) -> int:
        return int(self._one("SELECT count(*) FROM articles")[0])

    def article(self, article_id: str) -> Article:
        row = self._one(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = %s", (article_id,))
        if row is None:
            raise NotFoundError(f"no article with id {article_id!r}")
        return Article(**dict(zip(_COLUMNS, row, strict=True)))

    def iter_items(
        self, story_id: int | None = None, *, newest: int | None = None
    ) -> Iterator[tuple[Article, Analysis, Assignment]]:
        """Articles with their analysis and assignment, in ingest order; ``newest`` keeps
        only the last N ingested. Streams through a server-side cursor."""
        sql, params = items_query(story_id, newest, "%s")
        for row in self._rows(sql, params, stream=story_id is None):
            yield item_from_row(row)

    def _rows(self, sql: str, params: Sequence[Any], *, stream: bool) -> Iterator[Any]:
        """Rows of a query: fetched at once (one story), or streamed through a server-side
        cursor (the whole database, or its newest N articles)."""
        with self._conn() as conn:
            if not stream:
                yield from conn.execute(sql, params).fetchall()
                return
            with conn.transaction(), conn.cursor(name=f"items_{uuid.uuid4().hex[:8]}") as cur:
                cur.itersize = _ITER_BATCH
                cur.execute(sql, params)
                yield from cur

    def _story_rows(self, story_id: int | None = None) -> list[tuple[Any, ...]]:
        sql = (
            "SELECT s.story_id, a.id, a.external_id, a.url, a.outlet, a.title, a.published, "
            "s.copy_of FROM assignments s JOIN articles a ON a.id = s.article_id"
        )
        params: tuple[Any, ...] = ()
        if story_id is not None:
            sql += " WHERE s.story_id = %s"
            params = (story_id,)
        order = " ORDER BY s.story_id, a.published IS NULL, a.published, a.seq"
        with self._conn() as conn:
            return [(int(r[0]), *r[1:]) for r in conn.execute(sql + order, params)]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search (web-search syntax: words ANDed, "quoted phrases", -excluded,
        OR); any input is valid."""
        sql = (
            "WITH q AS (SELECT websearch_to_tsquery('english', %s) AS q), "
            "hits AS (SELECT a.id, a.title, a.outlet, a.published, a.text, "
            "ts_rank(a.tsv, q.q) AS rank, a.seq FROM articles a, q WHERE a.tsv @@ q.q "
            "ORDER BY rank DESC, a.seq LIMIT %s) "
            "SELECT h.id, h.title, h.outlet, h.published, s.story_id, "
            "ts_headline('english', h.text, q.q, 'StartSel=[, StopSel=], MaxWords=12, "
            "MinWords=5, MaxFragments=1, FragmentDelimiter=\" … \"'), h.rank "
            "FROM hits h CROSS JOIN q LEFT JOIN assignments s ON s.article_id = h.id "
            "ORDER BY h.rank DESC, h.seq"
        )
        with self._conn() as conn:
            rows = conn.execute(sql, (query, limit)).fetchall()
        return [
            SearchHit(
                article_id=r[0], title=r[1], outlet=r[2], published=r[3],
                story_id=None if r[4] is None else int(r[4]), snippet=r[5], score=float(r[6]),
            )
            for r in rows
        ]

    def story_changes(self) -> list[dict[str, Any]]:
        """What repair steps changed (merges, splits, moves), oldest first."""
        with self._conn() as conn:
            return [json.loads(r[0]) for r in conn.execute(
                "SELECT data FROM story_changes ORDER BY seq"
            )]

    def max_story_id(self) -> int:
        row = self._one("SELECT max(story_id) FROM assignments")
        return int(row[0] or 0)

    def rejections(self) -> list[Rejection]:
        with self._conn() as conn:
            return [
                Rejection(source=r[0], reason=r[1])
                for r in conn.execute("SELECT source, reason FROM rejections ORDER BY seq")
            ]
