"""Store part for the living service: article revisions, watched feeds, watchlists, alerts.

``WatchStoreMixin`` adds these methods to ``SQLiteStore`` (it uses the store's ``conn`` and
``_write``); ``WatchStore`` is the protocol half other backends implement. The records
(``Revision``, ``Watch``, ``Watchlist``, ``Alert``, ``StoryProfile``, ``ArticleRow``) are
plain ``Record`` dataclasses in ``watch_records.py``. Times are ISO 8601 UTC strings with
seconds (they sort as text). ``article_rows`` (the ``storyline articles`` listing) lives
here too.

Tables (migration ``004_watches_revisions_alerts``): ``article_revisions`` (earlier texts of
an article, the current one stays in ``articles``), ``watches`` (one feed each, with its
conditional-GET validators and status), ``watch_entries`` (feed entries already read, by
link, with a fingerprint so a changed entry is read again), ``watchlists`` (saved queries),
``watchlist_state`` (what each watchlist last saw of a story: outlets, discrepancies) and
``alerts``.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, Protocol

from ..errors import NotFoundError, StorylineError
from ..records import Analysis, Article
from .watch_records import (
    Alert,
    ArticleRow,
    ProfileArticle,
    Revision,
    StoryProfile,
    Watch,
    Watchlist,
)

__all__ = [
    "WATCH_SCHEMA", "Alert", "ArticleRow", "ProfileArticle", "Revision", "StoryProfile",
    "Watch", "WatchStore", "WatchStoreMixin", "Watchlist", "now_iso",
]

WATCH_SCHEMA = """
        CREATE INDEX articles_url ON articles(url);
        CREATE TABLE article_revisions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            title TEXT,
            published TEXT,
            text TEXT NOT NULL,
            stored_at TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            UNIQUE (article_id, revision)
        );
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TABLE watches (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            url TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE,
            every_seconds INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            next_due TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,
            last_fetch TEXT,
            last_status TEXT,
            last_new_item TEXT,
            last_error TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            items_seen INTEGER NOT NULL DEFAULT 0,
            articles_added INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE watch_entries (
            watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
            link TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (watch_id, link)
        );
        CREATE TABLE watchlists (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE,
            query TEXT NOT NULL,
            webhook TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE watchlist_state (
            watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL,
            outlets TEXT NOT NULL,
            discrepancies TEXT NOT NULL,
            PRIMARY KEY (watchlist_id, story_id)
        );
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            message TEXT NOT NULL,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            delivery TEXT
        );
        CREATE INDEX alerts_created ON alerts(created_at);
"""

# The last article stored when a watchlist was made: alerts count changes after it.
WATCHLIST_SINCE_SCHEMA = """
        ALTER TABLE watchlists ADD COLUMN since_seq INTEGER NOT NULL DEFAULT 0;
"""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_WATCH_COLUMNS = [f for f in Watch.__dataclass_fields__]
_WATCH_UPDATABLE = set(_WATCH_COLUMNS) - {"id", "url", "created_at"}


class WatchStore(Protocol):
    def article_id_for_url(self, url: str) -> str | None: ...
    def story_id_of(self, article_id: str) -> int | None: ...
    def add_revision(self, article_id: str, article: Article, analysis: Analysis) -> int: ...
    def revisions(self, article_id: str) -> list[Revision]: ...
    def add_watch(self, url: str, name: str, every_seconds: int) -> Watch: ...
    def watches(self) -> list[Watch]: ...
    def watch(self, key: str | int) -> Watch: ...
    def remove_watch(self, watch_id: int) -> None: ...
    def due_watches(self, now: str) -> list[Watch]: ...
    def update_watch(self, watch_id: int, **values: Any) -> None: ...
    def watch_entries(self, watch_id: int) -> dict[str, str]: ...
    def put_watch_entries(self, watch_id: int, entries: dict[str, str]) -> None: ...
    def add_watchlist(
        self, name: str, query: dict[str, list[str]], webhook: str | None
    ) -> Watchlist: ...
    def watchlists(self) -> list[Watchlist]: ...
    def watchlist(self, key: str | int) -> Watchlist: ...
    def remove_watchlist(self, watchlist_id: int) -> None: ...
    def watchlist_state(
        self, watchlist_id: int, story_id: int
    ) -> tuple[list[str], list[str]] | None: ...
    def put_watchlist_state(
        self, watchlist_id: int, story_id: int, outlets: list[str], discrepancies: list[str]
    ) -> None: ...
    def add_alert(
        self, watchlist_id: int, story_id: int, kind: str, message: str,
        data: dict[str, Any], delivery: str | None,
    ) -> int: ...
    def alerts(
        self, *, since: str | None = None, after: int | None = None,
        watchlist_id: int | None = None, limit: int = 100, newest: bool = False,
        undelivered: bool = False,
    ) -> list[Alert]: ...
    def set_alert_delivery(self, alert_id: int, delivery: str) -> None: ...
    def story_profile(self, story_id: int) -> StoryProfile: ...
    def article_rows(
        self, *, story_id: int | None = None, outlet: str | None = None,
        since: str | None = None, until: str | None = None, limit: int | None = None,
    ) -> list[ArticleRow]: ...


class WatchStoreMixin:
    """The SQLite implementation of ``WatchStore`` (mixed into ``SQLiteStore``)."""

    conn: sqlite3.Connection

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:  # provided by the store
        raise NotImplementedError

    # -- revisions ------------------------------------------------------------------------

    def article_id_for_url(self, url: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM articles WHERE url = ? ORDER BY seq LIMIT 1", (url,)
        ).fetchone()
        return None if row is None else str(row[0])

    def story_id_of(self, article_id: str) -> int | None:
        row = self.conn.execute(
            "SELECT story_id FROM assignments WHERE article_id = ?", (article_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    def add_revision(self, article_id: str, article: Article, analysis: Analysis) -> int:
        """Keep the stored text as a revision and make ``article``'s text current, with
        its new analysis, in one transaction. Returns the new text's revision number."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT content_hash, title, published, text, ingested_at FROM articles "
                "WHERE id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no article with id {article_id!r}")
            (last,) = conn.execute(
                "SELECT coalesce(max(revision), 0) FROM article_revisions WHERE article_id = ?",
                (article_id,),
            ).fetchone()
            previous = conn.execute(
                "SELECT replaced_at FROM article_revisions WHERE article_id = ? "
                "ORDER BY revision DESC LIMIT 1",
                (article_id,),
            ).fetchone()
            stored_at = previous[0] if previous else row[4]
            now = now_iso()
            conn.execute(
                "INSERT INTO article_revisions (article_id, revision, content_hash, title, "
                "published, text, stored_at, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, last + 1, row[0], row[1], row[2], row[3], stored_at, now),
            )
            conn.execute(
                "UPDATE articles SET content_hash = ?, title = ?, title_from = ?, "
                "published = coalesce(?, published), text = ? WHERE id = ?",
                (
                    article.content_hash, article.title or row[1], article.title_from,
                    article.published, article.text, article_id,
                ),
            )
            conn.execute(
                "UPDATE analyses SET version = ?, data = ? WHERE article_id = ?",
                (analysis.version, json.dumps(analysis.to_dict()), article_id),
            )
        return int(last) + 2

    def revisions(self, article_id: str) -> list[Revision]:
        """Every text of an article, oldest first; the last one is the current text."""
        current = self.conn.execute(
            "SELECT content_hash, title, published, text, ingested_at FROM articles "
            "WHERE id = ?",
            (article_id,),
        ).fetchone()
        if current is None:
            raise NotFoundError(f"no article with id {article_id!r}")
        rows = self.conn.execute(
            "SELECT revision, content_hash, title, published, text, stored_at, replaced_at "
            "FROM article_revisions WHERE article_id = ? ORDER BY revision",
            (article_id,),
        ).fetchall()
        found = [Revision(article_id, *r) for r in rows]
        found.append(
            Revision(
                article_id, len(found) + 1, current[0], current[1], current[2], current[3],
                rows[-1][6] if rows else current[4],
            )
        )
        return found

    def article_rows(
        self, *, story_id: int | None = None, outlet: str | None = None,
        since: str | None = None, until: str | None = None, limit: int | None = None,
    ) -> list[ArticleRow]:
        """Stored articles, newest ingested first, narrowed by story, outlet and
        publication dates (YYYY-MM-DD, inclusive)."""
        where: list[str] = []
        params: list[Any] = []
        for cond, value in (
            ("s.story_id = ?", story_id), ("a.outlet = ?", outlet),
            ("a.published >= ?", since), ("a.published < ?", until and until + "~"),
        ):
            if value is not None:
                where.append(cond)
                params.append(value)
        sql = (
            "SELECT a.id, a.external_id, a.url, a.outlet, a.title, a.published, s.story_id, "
            "a.source, a.ingested_at, s.copy_of, 1 + (SELECT count(*) FROM article_revisions r "
            "WHERE r.article_id = a.id) FROM articles a "
            "LEFT JOIN assignments s ON s.article_id = a.id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.seq DESC"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [ArticleRow(*row) for row in self.conn.execute(sql, params)]

    # -- watches --------------------------------------------------------------------------

    def add_watch(self, url: str, name: str, every_seconds: int) -> Watch:
        now = now_iso()
        try:
            with self._write() as conn:
                cur = conn.execute(
                    "INSERT INTO watches (url, name, every_seconds, created_at, next_due) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (url, name, every_seconds, now, now),
                )
        except sqlite3.IntegrityError:
            raise StorylineError(
                f"a watch with the url {url} or the name {name!r} exists already; "
                "`storyline watch list` shows them"
            ) from None
        return self.watch(int(cur.lastrowid or 0))

    def _watch_rows(self, where: str = "", params: tuple[Any, ...] = ()) -> list[Watch]:
        sql = f"SELECT {', '.join(_WATCH_COLUMNS)} FROM watches {where}"
        return [Watch(*row) for row in self.conn.execute(sql, params)]

    def watches(self) -> list[Watch]:
        return self._watch_rows("ORDER BY id")

    def watch(self, key: str | int) -> Watch:
        """A watch by id, or by name or URL."""
        if isinstance(key, int) or str(key).isdigit():
            found = self._watch_rows("WHERE id = ?", (int(key),))
        else:
            found = self._watch_rows("WHERE name = ? OR url = ?", (key, key))
        if not found:
            raise NotFoundError(f"no watch {key!r}; `storyline watch list` shows them")
        return found[0]

    def remove_watch(self, watch_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM watches WHERE id = ?", (watch_id,))

    def due_watches(self, now: str) -> list[Watch]:
        return self._watch_rows("WHERE next_due <= ? ORDER BY next_due, id", (now,))

    def update_watch(self, watch_id: int, **values: Any) -> None:
        unknown = set(values) - _WATCH_UPDATABLE
        if unknown:
            raise ValueError(f"not watch status fields: {sorted(unknown)}")
        if not values:
            return
        assigns = ", ".join(f"{k} = ?" for k in values)
        with self._write() as conn:
            conn.execute(
                f"UPDATE watches SET {assigns} WHERE id = ?", (*values.values(), watch_id)
            )

    def watch_entries(self, watch_id: int) -> dict[str, str]:
        rows = self.conn.execute(
            "SELECT link, fingerprint FROM watch_entries WHERE watch_id = ?", (watch_id,)
        )
        return {r[0]: r[1] for r in rows}

    def put_watch_entries(self, watch_id: int, entries: dict[str, str]) -> None:
        now = now_iso()
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO watch_entries (watch_id, link, fingerprint, seen_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (watch_id, link) DO UPDATE SET "
                "fingerprint = excluded.fingerprint, seen_at = excluded.seen_at",
                [(watch_id, link, fp, now) for link, fp in entries.items()],
            )

    # -- watchlists and alerts ------------------------------------------------------------

    def add_watchlist(
        self, name: str, query: dict[str, list[str]], webhook: str | None
    ) -> Watchlist:
        try:
            with self._write() as conn:
                cur = conn.execute(
                    "INSERT INTO watchlists (name, query, webhook, created_at, since_seq) "
                    "VALUES (?, ?, ?, ?, (SELECT coalesce(max(seq), 0) FROM articles))",
                    (name, json.dumps(query), webhook, now_iso()),
                )
        except sqlite3.IntegrityError:
            raise StorylineError(
                f"a watchlist named {name!r} exists already; `storyline watchlist list` "
                "shows them"
            ) from None
        return self.watchlist(int(cur.lastrowid or 0))

    def _watchlist_rows(self, where: str = "", params: tuple[Any, ...] = ()) -> list[Watchlist]:
        rows = self.conn.execute(
            f"SELECT id, name, query, webhook, created_at, since_seq FROM watchlists {where}",
            params,
        )
        found = []
        for wid, name, query, webhook, created, since in rows:
            q = json.loads(query)
            found.append(
                Watchlist(
                    wid, name, q.get("keywords", []), q.get("people", []),
                    q.get("outlets", []), q.get("countries", []), webhook, created, since,
                )
            )
        return found

    def watchlists(self) -> list[Watchlist]:
        return self._watchlist_rows("ORDER BY id")

    def watchlist(self, key: str | int) -> Watchlist:
        if isinstance(key, int) or str(key).isdigit():
            found = self._watchlist_rows("WHERE id = ?", (int(key),))
        else:
            found = self._watchlist_rows("WHERE name = ?", (key,))
        if not found:
            raise NotFoundError(f"no watchlist {key!r}; `storyline watchlist list` shows them")
        return found[0]

    def remove_watchlist(self, watchlist_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM watchlists WHERE id = ?", (watchlist_id,))

    def watchlist_state(
        self, watchlist_id: int, story_id: int
    ) -> tuple[list[str], list[str]] | None:
        row = self.conn.execute(
            "SELECT outlets, discrepancies FROM watchlist_state "
            "WHERE watchlist_id = ? AND story_id = ?",
            (watchlist_id, story_id),
        ).fetchone()
        return None if row is None else (json.loads(row[0]), json.loads(row[1]))

    def put_watchlist_state(
        self, watchlist_id: int, story_id: int, outlets: list[str], discrepancies: list[str]
    ) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO watchlist_state (watchlist_id, story_id, outlets, discrepancies) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (watchlist_id, story_id) DO UPDATE SET "
                "outlets = excluded.outlets, discrepancies = excluded.discrepancies",
                (watchlist_id, story_id, json.dumps(outlets), json.dumps(discrepancies)),
            )

    def add_alert(
        self, watchlist_id: int, story_id: int, kind: str, message: str,
        data: dict[str, Any], delivery: str | None,
    ) -> int:
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO alerts (watchlist_id, story_id, kind, message, data, created_at, "
                "delivery) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (watchlist_id, story_id, kind, message, json.dumps(data), now_iso(), delivery),
            )
        return int(cur.lastrowid or 0)

    def alerts(
        self, *, since: str | None = None, after: int | None = None,
        watchlist_id: int | None = None, limit: int = 100, newest: bool = False,
        undelivered: bool = False,
    ) -> list[Alert]:
        """Alerts, oldest first (``newest``: newest first): ``after`` an alert id (a
        cursor: only later alerts), ``since`` a time; ``undelivered``: only those whose
        webhook delivery is pending or failed."""
        where: list[str] = []
        params: list[Any] = []
        if undelivered:
            where.append("a.delivery IS NOT NULL AND a.delivery <> 'sent'")
        if since is not None:
            where.append("a.created_at >= ?")
            params.append(since)
        if after is not None:
            where.append("a.id > ?")
            params.append(after)
        if watchlist_id is not None:
            where.append("a.watchlist_id = ?")
            params.append(watchlist_id)
        sql = (
            "SELECT a.id, a.watchlist_id, w.name, a.story_id, a.kind, a.message, a.data, "
            "a.created_at, a.delivery FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + (" ORDER BY a.id DESC" if newest else " ORDER BY a.id")
            + " LIMIT ?"
        )
        rows = self.conn.execute(sql, (*params, limit))
        return [
            Alert(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], r[8])
            for r in rows
        ]

    def set_alert_delivery(self, alert_id: int, delivery: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE alerts SET delivery = ? WHERE id = ?", (delivery, alert_id))

    def story_profile(self, story_id: int) -> StoryProfile:
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.text, a.outlet, a.seq, n.data FROM assignments s "
            "JOIN articles a ON a.id = s.article_id JOIN analyses n ON n.article_id = a.id "
            "WHERE s.story_id = ? ORDER BY a.seq",
            (story_id,),
        ).fetchall()
        if not rows:
            raise NotFoundError(f"no story with id {story_id}")
        members = []
        for article_id, title, text, outlet, seq, data in rows:
            people, places = _names(json.loads(data))
            members.append(ProfileArticle(article_id, title, text, outlet, seq, people, places))
        return StoryProfile(story_id, members)


# Analyses are stored as JSON; reading two lists from it needs no full record decoding.
def _names(analysis: dict[str, Any]) -> tuple[list[str], list[str]]:
    people = {
        str(p["name"]) for p in analysis.get("people", [])
        if p.get("kind", "person") == "person" and p.get("name")
    }
    places = {
        str(e["text"]) for e in analysis.get("entities", [])
        if e.get("label") in ("GPE", "NORP", "LOC") and e.get("text")
    }
    return sorted(people), sorted(places)
