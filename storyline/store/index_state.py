"""Store part of the story index: id allocation, the writer lock, pending repairs, the
persisted index state, redirects of merged stories, and hand corrections.

``IndexStateMixin`` adds these methods to ``SQLiteStore`` (it uses the store's ``conn``,
``path`` and ``_write``); ``IndexStateStore`` is the protocol half other backends implement.

Tables (migration ``005_story_ids_pending_repairs_index_state``):

* ``story_ids`` — story ids are allocated here (AUTOINCREMENT: never reused, never the
  ``max()+1`` of one process), seeded above every id already stored;
* ``pending_repairs`` — stories that received articles since the last repair step, filled
  by a trigger in the article's own transaction and emptied with the repair's results, so
  a crash between the two leaves the work recorded for the next run;
* ``story_redirects`` — a merged-away story id → the story it went into;
* ``pins`` — articles a person placed by hand: repair leaves their stories as they are;
* ``index_state`` (named blobs: running IDF, inverted index, counters),
  ``index_articles`` (each article's feature vector, day and MinHash signature) and
  ``index_stories`` (each open story's profile and day span) — what a new process needs to
  continue the index without re-reading a single text. Migration
  ``009_index_evidence`` adds an ``evidence`` column to both (compact JSON, NULL when
  none): the dates an article's text states and its series numbers, and a story's union
  of them (``stories/evidence.py``), so a restarted process keeps undated same-topic
  events apart exactly as the live one did.

Only one process assigns stories at a time: ``writer_lock()`` is an exclusive lock on the
file ``<database>.writer-lock`` (``flock``: released by the kernel when the holder dies).
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from typing import Any, Protocol

from ..errors import NotFoundError, StoreError

log = logging.getLogger(__name__)

INDEX_SCHEMA = """
        CREATE TABLE story_ids (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL
        );
        INSERT INTO story_ids (id, created_at)
            SELECT m, 'migration' FROM (SELECT max(v) AS m FROM (
                SELECT max(story_id) AS v FROM assignments
                UNION ALL SELECT max(CAST(json_extract(data, '$.from') AS INTEGER))
                    FROM story_changes
                UNION ALL SELECT max(CAST(json_extract(data, '$.into') AS INTEGER))
                    FROM story_changes))
            WHERE m IS NOT NULL;
        CREATE TABLE pending_repairs (story_id INTEGER PRIMARY KEY);
        CREATE TRIGGER assignments_pending_ai AFTER INSERT ON assignments BEGIN
            INSERT OR IGNORE INTO pending_repairs (story_id) VALUES (new.story_id);
        END;
        CREATE TABLE story_redirects (
            from_id INTEGER PRIMARY KEY,
            into_id INTEGER NOT NULL,
            at TEXT NOT NULL
        );
        INSERT OR REPLACE INTO story_redirects (from_id, into_id, at)
            SELECT CAST(json_extract(data, '$.from') AS INTEGER),
                   CAST(json_extract(data, '$.into') AS INTEGER), at
            FROM story_changes WHERE json_extract(data, '$.action') = 'merge' ORDER BY seq;
        CREATE TABLE pins (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE index_state (name TEXT PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE index_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            day INTEGER,
            features BLOB NOT NULL,
            minhash BLOB,
            copy_seq INTEGER,
            copy_root TEXT
        );
        CREATE TABLE index_stories (
            story_id INTEGER PRIMARY KEY,
            first_day INTEGER,
            last_day INTEGER,
            profile BLOB NOT NULL
        );
"""

# Added by migration 009: the stated dates and series numbers of each saved article and
# story, JSON (``stories.state.pack_evidence``; an article's also carries its outlet);
# NULL when there are none.
EVIDENCE_SCHEMA = """
        ALTER TABLE index_articles ADD COLUMN evidence TEXT;
        ALTER TABLE index_stories ADD COLUMN evidence TEXT;
"""

# (seq, article id, story id, copy_of, day, features, minhash, copy_seq, copy_root,
#  evidence)
IndexArticleRow = tuple[int, str, int, str | None, int | None, bytes, bytes | None,
                        int | None, str | None, str | None]
# (article id, day, features, minhash, copy_seq, copy_root, evidence)
IndexArticleState = tuple[str, int | None, bytes, bytes | None, int | None, str | None,
                          str | None]
# (story id, first day, last day, profile, evidence); an empty profile deletes the row
# (closed story)
IndexStoryRow = tuple[int, int | None, int | None, bytes, str | None]
# What StoryIndex.export_state returns: (blobs, articles, stories, redirects)
IndexSnapshot = tuple[dict[str, bytes], list[IndexArticleState], list[IndexStoryRow],
                      dict[int, int]]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class IndexStateStore(Protocol):
    def allocate_story_id(self) -> int: ...
    def writer_lock(self, timeout: float = 600.0) -> AbstractContextManager[None]: ...
    def index_version(self) -> tuple[int, ...]: ...
    def pending_repairs(self) -> set[int]: ...
    def finish_repair(
        self, assignments: list[Any], changes: list[dict[str, Any]],
        state: IndexSnapshot | None = None,
    ) -> None: ...
    def resolve_story_id(self, story_id: int) -> int: ...
    def story_redirects(self) -> dict[int, int]: ...
    def pinned_articles(self) -> dict[str, int]: ...
    def save_index_state(
        self,
        blobs: dict[str, bytes],
        articles: list[IndexArticleState],
        stories: list[IndexStoryRow],
        redirects: dict[int, int],
    ) -> None: ...
    def load_index_blobs(self) -> dict[str, bytes]: ...
    def load_index_articles(self, upto_seq: int, newest: int) -> list[IndexArticleRow]: ...
    def load_index_stories(self) -> list[IndexStoryRow]: ...
    def story_members(
        self, story_ids: Iterable[int], upto_seq: int | None = None
    ) -> dict[int, list[tuple[str, str | None]]]: ...
    def story_article_ids(self, story_id: int) -> list[str]: ...
    def copies_of(self, article_id: str) -> list[str]: ...
    def reassign_articles(
        self, article_ids: list[str], story_id: int, change: dict[str, Any], *,
        pin: Iterable[str] = (), redirect: tuple[int, int] | None = None,
    ) -> None: ...
    def delete_article(self, article_id: str, change: dict[str, Any]) -> None: ...


class IndexStateMixin:
    """The SQLite implementation of ``IndexStateStore`` (mixed into ``SQLiteStore``)."""

    conn: sqlite3.Connection
    path: str

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:  # provided by the store
        raise NotImplementedError

    # -- ids, lock, version ------------------------------------------------------------

    def allocate_story_id(self) -> int:
        """A new story id from the database: unique across processes, never reused."""
        with self._write() as conn:
            cur = conn.execute("INSERT INTO story_ids (created_at) VALUES (?)", (_now(),))
            sid = int(cur.lastrowid or 0)
            conn.execute("DELETE FROM story_ids WHERE id < ?", (sid,))  # the sequence stays
        return sid

    @contextmanager
    def writer_lock(self, timeout: float = 600.0) -> Iterator[None]:
        """Hold the one-writer lock of this database (re-entrant within one store).

        A second process waits (logging that it does) and gives up with a ``StoreError``
        after ``timeout`` seconds. The lock is ``flock`` on ``<database>.writer-lock``:
        the kernel releases it when the holder exits or is killed.
        """
        state = self.__dict__.setdefault("_writer_lock_state", {"depth": 0, "fd": None})
        guard = self.__dict__.setdefault("_writer_lock_guard", threading.RLock())
        with guard:
            if state["depth"] == 0 and self.path != ":memory:":
                state["fd"] = _acquire(f"{self.path}.writer-lock", timeout)
            state["depth"] += 1
            try:
                yield
            finally:
                state["depth"] -= 1
                if state["depth"] == 0 and state["fd"] is not None:
                    fcntl.flock(state["fd"], fcntl.LOCK_UN)
                    os.close(state["fd"])
                    state["fd"] = None

    def index_version(self) -> tuple[int, ...]:
        """Changes whenever articles, assignments changes or corrections are stored."""
        row = self.conn.execute(
            "SELECT (SELECT coalesce(max(seq), 0) FROM articles), "
            "(SELECT count(*) FROM articles), "
            "(SELECT coalesce(max(seq), 0) FROM story_changes)"
        ).fetchone()
        return tuple(int(v) for v in row)

    # -- repairs -------------------------------------------------------------------------

    def pending_repairs(self) -> set[int]:
        return {int(r[0]) for r in self.conn.execute("SELECT story_id FROM pending_repairs")}

    def finish_repair(self, assignments: list[Any], changes: list[dict[str, Any]],
                      state: IndexSnapshot | None = None) -> None:
        """Store a repair step's reassignments and changes, clear the pending repairs and
        save the index ``state`` (see ``save_index_state``), in one transaction (the writer
        lock is held, so nothing else is pending)."""
        import json

        with self._write() as conn:
            if state is not None:
                self._save_state(conn, *state)
            for a in assignments:
                conn.execute(
                    "UPDATE assignments SET story_id = ?, score = ?, copy_of = ?, "
                    "assigned_at = ? WHERE article_id = ?",
                    (a.story_id, a.score, a.copy_of, _now(), a.article_id),
                )
            for change in changes:
                conn.execute("INSERT INTO story_changes (data, at) VALUES (?, ?)",
                             (json.dumps(change), _now()))
                if change.get("action") == "merge":
                    self._redirect(conn, int(change["from"]), int(change["into"]))
            conn.execute("DELETE FROM pending_repairs")

    def _redirect(self, conn: sqlite3.Connection, from_id: int, into_id: int) -> None:
        conn.execute(
            "INSERT INTO story_redirects (from_id, into_id, at) VALUES (?, ?, ?) "
            "ON CONFLICT(from_id) DO UPDATE SET into_id = excluded.into_id, at = excluded.at",
            (from_id, into_id, _now()),
        )

    def resolve_story_id(self, story_id: int) -> int:
        """The story an id leads to now: itself, or (for a merged-away story) the story it
        went into, following chains."""
        seen = {story_id}
        while True:
            row = self.conn.execute(
                "SELECT into_id FROM story_redirects WHERE from_id = ?", (story_id,)
            ).fetchone()
            if row is None or int(row[0]) in seen:
                return story_id
            story_id = int(row[0])
            seen.add(story_id)

    def story_redirects(self) -> dict[int, int]:
        return {int(f): int(i) for f, i in
                self.conn.execute("SELECT from_id, into_id FROM story_redirects")}

    def pinned_articles(self) -> dict[str, int]:
        return {str(a): int(s) for a, s in
                self.conn.execute("SELECT article_id, story_id FROM pins")}

    # -- persisted index -----------------------------------------------------------------

    def save_index_state(
        self,
        blobs: dict[str, bytes],
        articles: list[IndexArticleState],
        stories: list[IndexStoryRow],
        redirects: dict[int, int],
    ) -> None:
        """Store a snapshot of the index in one transaction (see the module docstring)."""
        with self._write() as conn:
            self._save_state(conn, blobs, articles, stories, redirects)

    def _save_state(
        self,
        conn: sqlite3.Connection,
        blobs: dict[str, bytes],
        articles: list[IndexArticleState],
        stories: list[IndexStoryRow],
        redirects: dict[int, int],
    ) -> None:
        conn.executemany(
            "INSERT INTO index_state (name, data) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET data = excluded.data", blobs.items())
        conn.executemany(
            "INSERT OR REPLACE INTO index_articles (article_id, day, features, minhash, "
            "copy_seq, copy_root, evidence) SELECT ?, ?, ?, ?, ?, ?, ? "
            "WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)",
            articles)
        conn.executemany("DELETE FROM index_stories WHERE story_id = ?",
                         [(s[0],) for s in stories if not s[3]])
        conn.executemany(
            "INSERT OR REPLACE INTO index_stories (story_id, first_day, last_day, profile, "
            "evidence) VALUES (?, ?, ?, ?, ?)", [s for s in stories if s[3]])
        for from_id, into_id in redirects.items():
            self._redirect(conn, from_id, into_id)

    def load_index_blobs(self) -> dict[str, bytes]:
        return {str(n): bytes(d) for n, d in
                self.conn.execute("SELECT name, data FROM index_state")}

    def load_index_articles(self, upto_seq: int, newest: int) -> list[IndexArticleRow]:
        """The newest ``newest`` articles up to ``upto_seq`` with their stored vectors, in
        ingest order (``features`` is empty bytes for an article that has none)."""
        rows = self.conn.execute(
            "SELECT a.seq, a.id, s.story_id, s.copy_of, v.day, coalesce(v.features, x''), "
            "v.minhash, v.copy_seq, v.copy_root, v.evidence FROM articles a "
            "JOIN assignments s ON s.article_id = a.id "
            "LEFT JOIN index_articles v ON v.article_id = a.id "
            "WHERE a.seq <= ? ORDER BY a.seq DESC LIMIT ?", (upto_seq, newest)).fetchall()
        rows.reverse()
        return [(int(r[0]), str(r[1]), int(r[2]), r[3], r[4], bytes(r[5]),
                 None if r[6] is None else bytes(r[6]), r[7], r[8], r[9]) for r in rows]

    def load_index_stories(self) -> list[IndexStoryRow]:
        return [(int(r[0]), r[1], r[2], bytes(r[3]), r[4]) for r in self.conn.execute(
            "SELECT story_id, first_day, last_day, profile, evidence FROM index_stories")]

    def story_members(
        self, story_ids: Iterable[int], upto_seq: int | None = None
    ) -> dict[int, list[tuple[str, str | None]]]:
        """(article id, copy_of) of each story's articles (stored up to ``upto_seq``), in
        ingest order."""
        wanted = sorted(set(story_ids))
        out: dict[int, list[tuple[str, str | None]]] = {sid: [] for sid in wanted}
        upto = upto_seq if upto_seq is not None else 2**62
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            marks = ",".join("?" * len(part))
            for sid, aid, copy_of in self.conn.execute(
                "SELECT s.story_id, s.article_id, s.copy_of FROM assignments s "
                f"JOIN articles a ON a.id = s.article_id WHERE s.story_id IN ({marks}) "
                "AND a.seq <= ? ORDER BY a.seq", [*part, upto],
            ):
                out[int(sid)].append((str(aid), copy_of))
        return out

    # -- hand corrections ----------------------------------------------------------------

    def story_article_ids(self, story_id: int) -> list[str]:
        return [str(r[0]) for r in self.conn.execute(
            "SELECT s.article_id FROM assignments s JOIN articles a ON a.id = s.article_id "
            "WHERE s.story_id = ? ORDER BY a.seq", (story_id,))]

    def copies_of(self, article_id: str) -> list[str]:
        """Stored articles found to be near-copies of this one."""
        return [str(r[0]) for r in self.conn.execute(
            "SELECT s.article_id FROM assignments s JOIN articles a ON a.id = s.article_id "
            "WHERE s.copy_of = ? ORDER BY a.seq", (article_id,))]

    def reassign_articles(
        self, article_ids: list[str], story_id: int, change: dict[str, Any], *,
        pin: Iterable[str] = (), redirect: tuple[int, int] | None = None,
    ) -> None:
        """Move articles to a story by hand, pin ``pin`` (and the moved articles), record
        the change, and mark the stories involved for the index to rebuild."""
        import json

        with self._write() as conn:
            before = {int(r[0]) for r in conn.execute(
                "SELECT DISTINCT story_id FROM assignments WHERE article_id IN "
                f"({','.join('?' * len(article_ids))})", article_ids)}
            for aid in article_ids:
                # A copy moved away from its original is no longer treated as its copy.
                conn.execute(
                    "UPDATE assignments SET story_id = ?, copy_of = CASE WHEN copy_of IN "
                    "(SELECT article_id FROM assignments WHERE story_id = ?) THEN copy_of "
                    "ELSE NULL END, assigned_at = ? WHERE article_id = ?",
                    (story_id, story_id, _now(), aid))
            now = _now()
            for aid in {*article_ids, *pin}:
                conn.execute(
                    "INSERT INTO pins (article_id, story_id, at) SELECT ?, story_id, ? "
                    "FROM assignments WHERE article_id = ? ON CONFLICT(article_id) DO UPDATE "
                    "SET story_id = excluded.story_id, at = excluded.at", (aid, now, aid))
            conn.execute("INSERT INTO story_changes (data, at) VALUES (?, ?)",
                         (json.dumps(change), now))
            if redirect is not None:
                self._redirect(conn, *redirect)
            conn.executemany("DELETE FROM index_stories WHERE story_id = ?",
                             [(s,) for s in before | {story_id}])
            conn.executemany("DELETE FROM pending_repairs WHERE story_id = ?",
                             [(s,) for s in before | {story_id}])

    def delete_article(self, article_id: str, change: dict[str, Any]) -> None:
        """Delete a stored article (its analysis, assignment, vector and pin go with it)."""
        import json

        with self._write() as conn:
            row = conn.execute("SELECT story_id FROM assignments WHERE article_id = ?",
                               (article_id,)).fetchone()
            if conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount == 0:
                raise NotFoundError(f"no article with id {article_id!r}")
            conn.execute("UPDATE assignments SET copy_of = NULL WHERE copy_of = ?",
                         (article_id,))
            conn.execute("INSERT INTO story_changes (data, at) VALUES (?, ?)",
                         (json.dumps(change), _now()))
            if row is not None:
                conn.execute("DELETE FROM index_stories WHERE story_id = ?", (row[0],))


def _acquire(path: str, timeout: float) -> int:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the write lock ({exc.strerror})") from None
    deadline = time.monotonic() + timeout
    waited = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if not waited:
                log.warning("another process is writing stories to this database: waiting")
                waited = True
            if time.monotonic() > deadline:
                os.close(fd)
                raise StoreError(
                    f"{path}: another Storyline process has held the write lock for over "
                    f"{timeout:.0f} s; try again when it has finished"
                ) from None
            time.sleep(0.05)
