"""Running the store's portable SQL on PostgreSQL: a ``sqlite3.Connection`` look-alike.

The store's feature mixins (``queries.ReadQueries``, ``watches.WatchStoreMixin``,
``index_state.IndexStateMixin``) are written against ``self.conn.execute(sql, params)``
and ``with self._write() as conn`` with SQLite's ``?`` placeholders. Their SQL is plain
and portable apart from a few spellings, so rather than keeping a second copy of every
query, ``PostgresStore`` hands them a ``CompatConnection`` that translates those spellings
once per statement (cached):

* ``?`` and ``?N`` placeholders → ``%s`` (parameters reordered for ``?N``); ``%`` → ``%%``;
* ``INSERT OR IGNORE`` → ``… ON CONFLICT DO NOTHING``; ``INSERT OR REPLACE`` →
  ``… ON CONFLICT (key) DO UPDATE`` (the key from ``PRIMARY_KEYS``);
* ``x = ? COLLATE NOCASE`` → ``lower(x) = lower(?)``; ``LIKE`` → ``ILIKE`` (SQLite's LIKE
  ignores ASCII case); ``x''`` → ``''::bytea``;
* the FTS5 join ``articles_fts … MATCH ?`` → the ``tsv`` column and ``websearch_to_tsquery``;
* ``cursor.lastrowid`` → ``RETURNING`` the table's identity column;
* psycopg's integrity errors are raised as ``sqlite3.IntegrityError``, which the mixins
  catch (a duplicate watch name, …).

The schema (tables, triggers) is PostgreSQL's own, in ``postgres_schema``. A new mixin
query that uses another SQLite-only construct shows up as a failing test on PostgreSQL
(``tests/test_postgres_store.py`` and ``tests/test_postgres_features.py`` run the store's
methods on both backends).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any

try:
    import psycopg
except ImportError:  # pragma: no cover - PostgresStore says what to install
    psycopg = None  # type: ignore[assignment]

# Tables whose identity column ``lastrowid`` reports, and the conflict key of each table
# that ``INSERT OR REPLACE`` writes to.
IDENTITY = {
    "articles": "seq", "rejections": "seq", "story_changes": "seq", "story_ids": "id",
    "article_revisions": "seq", "watches": "id", "watchlists": "id", "alerts": "id",
}
PRIMARY_KEYS = {
    "index_articles": "article_id", "index_stories": "story_id", "index_state": "name",
    "story_redirects": "from_id", "pending_repairs": "story_id", "pins": "article_id",
    "brief_cache": "story_id, code", "story_summaries": "story_id",
}

_NOCASE = re.compile(r"([\w.]+)\s*=\s*\?\s+COLLATE\s+NOCASE", re.I)
_INSERT = re.compile(r"^\s*INSERT\s+(OR\s+(IGNORE|REPLACE)\s+)?INTO\s+(\w+)\s*(\(([^)]*)\))?",
                     re.I)
_FTS_JOIN = re.compile(r"FROM\s+articles_fts\s+JOIN\s+articles\s+(\w+)\s+ON\s+\1\.seq\s*=\s*"
                       r"articles_fts\.rowid", re.I)
_FTS_MATCH = re.compile(r"articles_fts\s+MATCH\s+\?", re.I)


class Translated:
    __slots__ = ("order", "returning", "sql")

    def __init__(self, sql: str, order: list[int], returning: str | None) -> None:
        self.sql = sql
        self.order = order  # parameter index for each %s, in order
        self.returning = returning  # identity column appended as RETURNING, if any


@lru_cache(maxsize=1024)
def translate(sql: str) -> Translated:
    """SQLite-flavoured SQL → PostgreSQL (see the module docstring)."""
    text = _NOCASE.sub(r"lower(\1) = lower(?)", sql)
    alias_match = _FTS_JOIN.search(text)
    if alias_match:
        alias = alias_match.group(1)
        text = _FTS_JOIN.sub(f"FROM articles {alias}", text)
        text = _FTS_MATCH.sub(f"{alias}.tsv @@ websearch_to_tsquery('english', ?)", text)
    text = re.sub(r"\bLIKE\b", "ILIKE", text)
    text = re.sub(r"\bx''", "''::bytea", text)
    returning = None
    insert = _INSERT.match(text)
    if insert:
        mode, table, cols = (insert.group(2) or "").upper(), insert.group(3), insert.group(5)
        text = text[: insert.start()] + f"INSERT INTO {table}" + (
            f" ({cols})" if cols is not None else ""
        ) + text[insert.end():]
        body = text.rstrip().rstrip(";")
        if mode == "IGNORE":
            text = body + " ON CONFLICT DO NOTHING"
        elif mode == "REPLACE":
            key = PRIMARY_KEYS[table.lower()]
            keys = {k.strip() for k in key.split(",")}
            names = [c.strip() for c in (cols or "").split(",") if c.strip()]
            sets = ", ".join(f"{c} = excluded.{c}" for c in names if c not in keys)
            text = body + f" ON CONFLICT ({key}) DO " + (f"UPDATE SET {sets}" if sets
                                                          else "NOTHING")
        if table.lower() in IDENTITY and "RETURNING" not in text.upper():
            returning = IDENTITY[table.lower()]
    out: list[str] = []
    order: list[int] = []
    i, quote, positional = 0, False, 0
    while i < len(text):
        ch = text[i]
        if ch == "'":
            quote = not quote
            out.append(ch)
        elif ch == "%":
            out.append("%%")
        elif ch == "?" and not quote:
            m = re.match(r"\?(\d+)", text[i:])
            if m:
                order.append(int(m.group(1)) - 1)
                i += len(m.group(0))
                out.append("%s")
                continue
            order.append(positional)
            positional += 1
            out.append("%s")
        else:
            out.append(ch)
        i += 1
    return Translated("".join(out), order, returning)


class CompatCursor:
    """The parts of ``sqlite3.Cursor`` the mixins use (results are fetched eagerly)."""

    def __init__(self, rows: list[tuple[Any, ...]], rowcount: int,
                 lastrowid: int | None) -> None:
        self._rows = rows
        self._pos = 0
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> tuple[Any, ...] | None:
        if self._pos >= len(self._rows):
            return None
        self._pos += 1
        return self._rows[self._pos - 1]

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows, self._pos = self._rows[self._pos:], len(self._rows)
        return rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.fetchall())


def _params(t: Translated, params: Sequence[Any] | Iterable[Any]) -> list[Any]:
    values = list(params)
    return [values[i] for i in t.order]


def run(conn: psycopg.Connection[Any], sql: str, params: Sequence[Any] = ()) -> CompatCursor:
    t = translate(sql)
    query = t.sql + (f" RETURNING {t.returning}" if t.returning else "")
    try:
        cur = conn.execute(query, _params(t, params))
    except psycopg.IntegrityError as exc:
        raise sqlite3.IntegrityError(str(exc).splitlines()[0]) from exc
    rows = cur.fetchall() if cur.description else []
    lastrowid = None
    if t.returning:
        lastrowid = int(rows[0][0]) if rows else None
        rows = []
    return CompatCursor([tuple(r) for r in rows], cur.rowcount, lastrowid)


class CompatConnection:
    """``execute``/``executemany`` with SQLite spellings, on a pooled PostgreSQL connection.

    ``borrow`` yields a psycopg connection: for the store's ``conn`` each call borrows one
    from the pool and commits (autocommit-like, as the SQLite store's connection is); inside
    ``_write()`` every call runs on the one connection of that transaction.
    """

    def __init__(self, borrow: Callable[[], AbstractContextManager[psycopg.Connection[Any]]]
                 ) -> None:
        self._borrow = borrow

    def execute(self, sql: str, params: Sequence[Any] = ()) -> CompatCursor:
        with self._borrow() as conn:
            return run(conn, sql, params)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> CompatCursor:
        t = translate(sql)
        rows = [_params(t, p) for p in seq]
        with self._borrow() as conn:
            if not rows:
                return CompatCursor([], 0, None)
            try:
                with conn.cursor() as cur:
                    cur.executemany(t.sql, rows)
                    count = cur.rowcount
            except psycopg.IntegrityError as exc:
                raise sqlite3.IntegrityError(str(exc).splitlines()[0]) from exc
        return CompatCursor([], count, None)
