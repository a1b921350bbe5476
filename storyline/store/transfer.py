"""Moving a whole database between backends (``storyline migrate --from … --to …``).

Driven by the schema, not by a list of features: every table that the migrations in
``migrations.py`` create is copied row for row, with its ids, unless ``NOT_COPIED`` names
it with the reason (a test checks that every table is one or the other, so a table a
later migration adds cannot be forgotten silently). Works in both directions between
SQLite and PostgreSQL (and SQLite → SQLite).

How:

* tables are copied parents first (foreign keys), in batches of ``BATCH`` rows
  (``COPY`` on PostgreSQL, ``executemany`` on SQLite), all inside ONE transaction on the
  target: an interrupted move leaves the target as it was, and re-running completes it;
* the target's triggers run as rows arrive (SQLite's full-text index fills itself); the
  tables those triggers write (story summaries, the people index, pending repairs, the
  measure-state counter) are then replaced by the source's rows, so the copy is exact;
* afterwards each AUTOINCREMENT / identity position is set to the source's position (or
  the largest copied id, whichever is higher): a row added after the move never collides
  with a copied one and never reuses an id the source had handed out.

The target must be empty (a fresh database): a target already holding the same number of
rows in every table is taken as an earlier, completed move (nothing is copied, the counts
are reported as skipped); any other non-empty target is refused with a one-line reason.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import ConfigError, StoreError
from ..records import Record
from .protocol import Store

log = logging.getLogger(__name__)

# Rows per bulk write: big enough for COPY to pay off, small enough to bound memory.
BATCH = 1000

_FTS = "SQLite's full-text index storage: refilled by its trigger as articles are copied"
# Tables of the SQLite schema that are not copied, each with the reason.
NOT_COPIED: dict[str, str] = {
    "_migrations": "each database records the schema steps applied to it when it is opened",
    "sqlite_sequence": "SQLite's AUTOINCREMENT positions: set after the copy (see above)",
    "articles_fts": "SQLite's full-text index over articles, rebuilt by its trigger as "
    "articles are copied (PostgreSQL keeps a generated tsvector column instead)",
    "articles_fts_config": _FTS,
    "articles_fts_data": _FTS,
    "articles_fts_docsize": _FTS,
    "articles_fts_idx": _FTS,
}

ProgressFn = Callable[[str, int, int], None]


@dataclass
class TransferReport(Record):
    articles: int = 0  # copied now
    skipped: int = 0  # already in the target (an earlier, completed move)
    changes: int = 0  # repair and correction records copied
    rejections: int = 0
    tables: dict[str, int] = field(default_factory=dict)  # rows copied per table


@dataclass(frozen=True)
class Schema:
    """What the copy needs to know about the schema, read from a fresh SQLite database."""

    tables: tuple[str, ...]  # every table, NOT_COPIED ones included
    columns: dict[str, tuple[str, ...]]
    keys: dict[str, tuple[str, ...]]  # primary-key columns (empty: none)
    parents: dict[str, frozenset[str]]  # tables a table's foreign keys point to
    counters: dict[str, str]  # AUTOINCREMENT table → its key column
    fired_by: dict[str, frozenset[str]]  # table → tables whose triggers write to it
    seeded: frozenset[str]  # tables a fresh database already has rows in

    @property
    def trigger_written(self) -> frozenset[str]:
        return frozenset(t for t, by in self.fired_by.items() if by)

    def copied(self) -> list[str]:
        """The tables copied: a table after the tables its foreign keys point to and after
        the tables whose triggers write to it (so its own rows, copied last, stay)."""
        todo = [t for t in self.tables if t not in NOT_COPIED]
        ordered: list[str] = []
        while todo:
            after = {t: (self.parents[t] | self.fired_by[t]) - {t} - set(NOT_COPIED)
                     for t in todo}
            ready = [t for t in todo if not after[t] - set(ordered)]
            if not ready:
                raise StoreError(f"cannot order tables for the copy: {sorted(todo)}")
            ordered.extend(ready)
            todo = [t for t in todo if t not in ready]
        return ordered


_WRITES = re.compile(
    r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+(\w+)", re.I
)


_ON = re.compile(r"\bON\s+(\w+)\s*$", re.I)


@lru_cache(maxsize=1)
def reference_schema() -> Schema:
    """The schema as the migrations build it, read from a new in-memory SQLite database."""
    from .migrations import migrate

    conn = sqlite3.connect(":memory:")
    try:
        migrate(conn)
        master = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger') "
            "ORDER BY name"
        ).fetchall()
        tables = tuple(name for kind, name, _ in master if kind == "table")
        columns: dict[str, tuple[str, ...]] = {}
        keys: dict[str, tuple[str, ...]] = {}
        parents: dict[str, frozenset[str]] = {}
        counters: dict[str, str] = {}
        seeded = set()
        for kind, name, sql in master:
            if kind != "table":
                continue
            info = conn.execute(f"PRAGMA table_info('{name}')").fetchall()
            columns[name] = tuple(r[1] for r in info)
            keys[name] = tuple(r[1] for r in sorted(info, key=lambda r: r[5]) if r[5])
            parents[name] = frozenset(
                r[2] for r in conn.execute(f"PRAGMA foreign_key_list('{name}')")
            )
            if sql and "AUTOINCREMENT" in sql.upper() and len(keys[name]) == 1:
                counters[name] = keys[name][0]
            if name not in NOT_COPIED and conn.execute(
                f"SELECT 1 FROM \"{name}\" LIMIT 1"
            ).fetchone():
                seeded.add(name)
        fired_by: dict[str, set[str]] = {t: set() for t in tables}
        for kind, _, sql in master:
            if kind != "trigger":
                continue
            head, _, body = sql.partition("BEGIN")
            on = _ON.search(head)
            for m in _WRITES.finditer(body):
                if on and m.group(1) in fired_by:
                    fired_by[m.group(1)].add(on.group(1))
    finally:
        conn.close()
    return Schema(tables, columns, keys, parents, counters,
                  {t: frozenset(by) for t, by in fired_by.items()}, frozenset(seeded))


# -- raw access to one backend -----------------------------------------------------------


class _Side:
    """Table-level reads and writes on one store, whichever backend it is."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pg = not isinstance(getattr(store, "conn", None), sqlite3.Connection)
        self.name = str(getattr(store, "path", "database"))

    @property
    def _lite(self) -> sqlite3.Connection:
        conn: sqlite3.Connection = self.store.conn  # type: ignore[attr-defined]
        return conn

    # reads
    def columns(self, table: str) -> set[str]:
        if self.pg:
            return {r[0] for r in self._pg_all(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "AND table_schema = current_schema() AND is_generated = 'NEVER'", (table,))}
        return {r[1] for r in self._lite.execute(f"PRAGMA table_info('{table}')")}

    def count(self, table: str) -> int:
        if self.pg:
            return int(self._pg_all(f'SELECT count(*) FROM "{table}"')[0][0])
        return int(self._lite.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    def rows(self, table: str, columns: Sequence[str], order: Sequence[str]
             ) -> Iterator[list[tuple[Any, ...]]]:
        """The table's rows in batches of ``BATCH``, in key order when it has a key."""
        cols = ", ".join(f'"{c}"' for c in columns)
        sql = f'SELECT {cols} FROM "{table}"'
        if order:
            sql += " ORDER BY " + ", ".join(f'"{c}"' for c in order)
        if self.pg:
            pool = self.store.pool  # type: ignore[attr-defined]
            with pool.connection() as pg, pg.transaction(), \
                    pg.cursor(name=f"copy_{table}") as cur:
                cur.itersize = BATCH
                cur.execute(sql)
                while batch := cur.fetchmany(BATCH):
                    yield [tuple(r) for r in batch]
            return
        cursor = self._lite.execute(sql)
        while batch := cursor.fetchmany(BATCH):
            yield batch

    def positions(self, counters: dict[str, str]) -> dict[str, int]:
        """Each AUTOINCREMENT / identity counter's last handed-out value."""
        if not self.pg:
            return {str(n): int(s) for n, s in
                    self._lite.execute("SELECT name, seq FROM sqlite_sequence")}
        out: dict[str, int] = {}
        for table, column in counters.items():
            seq = self._pg_all("SELECT pg_get_serial_sequence(%s, %s)", (table, column))[0][0]
            if seq:
                value, called = self._pg_all(f"SELECT last_value, is_called FROM {seq}")[0]
                out[table] = int(value) if called else int(value) - 1
        return out

    def _pg_all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self.store.pool.connection() as conn:  # type: ignore[attr-defined]
            return list(conn.execute(sql, params).fetchall())


class _Writer:
    """Writes into the target inside one transaction (``with`` block)."""

    def __init__(self, side: _Side) -> None:
        self.side = side
        self.conn: Any = None
        self._pool_cm: Any = None
        self._tx: Any = None

    def __enter__(self) -> _Writer:
        if self.side.pg:
            self._pool_cm = self.side.store.pool.connection()  # type: ignore[attr-defined]
            self.conn = self._pool_cm.__enter__()
            self._tx = self.conn.transaction()
            self._tx.__enter__()
        else:
            self.conn = self.side.store.conn  # type: ignore[attr-defined]
            self.conn.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        if self.side.pg:
            try:
                self._tx.__exit__(kind, exc, tb)
            finally:
                self._pool_cm.__exit__(kind, exc, tb)
            return
        self.conn.execute("ROLLBACK" if kind else "COMMIT")

    def clear(self, table: str) -> None:
        self.conn.execute(f'DELETE FROM "{table}"')

    def put(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        cols = ", ".join(f'"{c}"' for c in columns)
        if self.side.pg:  # COPY writes identity columns as given
            with self.conn.cursor().copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
            return
        marks = ", ".join("?" * len(columns))
        self.conn.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)

    def set_position(self, table: str, column: str, position: int) -> None:
        if self.side.pg:
            seq = self.conn.execute("SELECT pg_get_serial_sequence(%s, %s)",
                                    (table, column)).fetchone()[0]
            top = int(self.conn.execute(
                f'SELECT greatest(coalesce(max("{column}"), 0), %s) FROM "{table}"',
                (position,)).fetchone()[0])
            if top > 0:
                self.conn.execute("SELECT setval(%s, %s, true)", (seq, top))
            else:
                self.conn.execute("SELECT setval(%s, 1, false)", (seq,))
            return
        top = int(self.conn.execute(
            f'SELECT max(coalesce(max("{column}"), 0), ?) FROM "{table}"', (position,)
        ).fetchone()[0])
        self.conn.execute("DELETE FROM sqlite_sequence WHERE name = ?", (table,))
        if top > 0:
            self.conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)",
                              (table, top))


# -- the move ------------------------------------------------------------------------------


def transfer(source: Store, target: Store, *, progress: ProgressFn | None = None
             ) -> TransferReport:
    """Copy every table of ``source`` into the empty ``target`` (see the module docstring)."""
    schema = reference_schema()
    src, dst = _Side(source), _Side(target)
    tables = schema.copied()
    for side in (src, dst):
        for table in tables:
            missing = set(schema.columns[table]) - side.columns(table)
            if missing:
                raise StoreError(
                    f"{side.name}: table {table} lacks columns {sorted(missing)}; open it "
                    "with this version of Storyline first so its schema is brought up to date"
                )
    # No process assigns stories in the source while it is read (ingest waits), so the
    # tables are counted and copied as of one moment.
    with source.writer_lock():
        report = _copy(schema, src, dst, tables, progress)
    report.articles = report.tables.get("articles", 0)
    report.changes = report.tables.get("story_changes", 0)
    report.rejections = report.tables.get("rejections", 0)
    log.info("migrate: %s", report)
    return report


def _copy(schema: Schema, src: _Side, dst: _Side, tables: list[str],
          progress: ProgressFn | None) -> TransferReport:
    counts = {t: src.count(t) for t in tables}
    report = TransferReport()
    held = {t: dst.count(t) for t in tables if t not in schema.seeded}
    if any(held.values()):
        if all(held[t] == counts[t] for t in held):
            report.skipped = counts.get("articles", 0)
            log.info("migrate: the target already holds this database; nothing copied")
            return report
        busy = [f"{t} ({n} rows)" for t, n in held.items() if n]
        raise StoreError(
            f"{dst.name}: not empty ({', '.join(busy[:3])}{', …' if len(busy) > 3 else ''}); "
            "migrate copies into an empty database only — pass a new database as --to"
        )
    positions = src.positions(schema.counters)
    total = sum(counts.values())
    done = 0
    with _Writer(dst) as writer:
        for table in tables:
            if table in schema.trigger_written or table in schema.seeded:
                writer.clear(table)  # filled by triggers (or the schema) meanwhile
            columns = schema.columns[table]
            copied = 0
            for batch in src.rows(table, columns, schema.keys[table]):
                writer.put(table, columns, batch)
                copied += len(batch)
                done += len(batch)
                if progress:
                    progress(table, done, total)
            report.tables[table] = copied
        for table, column in schema.counters.items():
            writer.set_position(table, column, positions.get(table, 0))
    return report


def same_database(source: str, target: str) -> None:
    """Refuse a move onto itself (it would be refused as non-empty, less clearly)."""
    if source.strip() == target.strip():
        raise ConfigError(f"--from and --to name the same database ({source})")
