"""Named, ordered schema migrations, each applied once in its own transaction.

Applied migrations are recorded in ``_migrations`` so that opening an old database brings
it up to date and opening a current one changes nothing. Add new steps at the end; never
edit a step that has shipped.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from .index_state import EVIDENCE_SCHEMA, INDEX_SCHEMA
from .measures import MEASURE_STATE_SCHEMA, MEASURES_SCHEMA
from .queries import SUMMARY_SCHEMA
from .watches import WATCH_SCHEMA, WATCHLIST_SINCE_SCHEMA

# (name, SQL script). Each script runs inside BEGIN ... COMMIT with its _migrations row.
Migration = tuple[str, str]

_M001 = """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            external_id TEXT,
            url TEXT,
            outlet TEXT,
            outlet_from TEXT NOT NULL,
            title TEXT,
            title_from TEXT NOT NULL,
            published TEXT,
            published_from TEXT NOT NULL,
            published_note TEXT,
            source TEXT NOT NULL,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE analyses (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE assignments (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL,
            score REAL NOT NULL,
            copy_of TEXT,
            assigned_at TEXT NOT NULL
        );
        CREATE INDEX assignments_story ON assignments(story_id);
        CREATE TABLE rejections (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE story_changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            data TEXT NOT NULL,
            at TEXT NOT NULL
        );
"""

# External-content FTS5 index over articles, kept in step by triggers.
_M002 = """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='seq',
            tokenize='porter unicode61'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
        END;
"""

# A brief per story and per code (the briefs' code and the threshold they are built with):
# two servers of one store with different thresholds no longer evict each other's briefs.
BRIEF_CACHE_PER_CODE = """
        CREATE TABLE brief_cache_per_code (
            story_id BIGINT NOT NULL,
            version INTEGER NOT NULL,
            code TEXT NOT NULL,
            discrepancies INTEGER NOT NULL,
            data TEXT NOT NULL,
            built_at TEXT NOT NULL,
            PRIMARY KEY (story_id, code)
        );
        INSERT INTO brief_cache_per_code
            SELECT story_id, version, code, discrepancies, data, built_at FROM brief_cache;
        DROP TABLE brief_cache;
        ALTER TABLE brief_cache_per_code RENAME TO brief_cache;
"""

MIGRATIONS: list[Migration] = [
    ("001_articles_analyses_assignments", _M001),
    ("002_full_text_search", _M002),
    ("003_story_summaries_people_brief_cache", SUMMARY_SCHEMA),
    ("004_watches_revisions_alerts", WATCH_SCHEMA),
    ("005_story_ids_pending_repairs_index_state", INDEX_SCHEMA),
    ("006_measure_mentions", MEASURES_SCHEMA),
    ("007_measure_state", MEASURE_STATE_SCHEMA),
    ("008_watchlist_since_seq", WATCHLIST_SINCE_SCHEMA),
    ("009_index_evidence", EVIDENCE_SCHEMA),
    ("010_brief_cache_per_code", BRIEF_CACHE_PER_CODE),
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations; return the names applied now."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    applied = []
    for name, script in MIGRATIONS:
        if name in done:
            continue
        now = datetime.now(UTC).isoformat(timespec="seconds")
        record = f"INSERT INTO _migrations(name, applied_at) VALUES ('{name}', '{now}');"
        try:
            # IMMEDIATE: one opener migrates at a time. The record goes first, so an opener
            # that lost the race (two processes opening a new file) finds the step done.
            conn.executescript(f"BEGIN IMMEDIATE;\n{record}\n{script}\nCOMMIT;")
        except sqlite3.IntegrityError:
            conn.rollback()
            if conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone():
                continue  # applied meanwhile by another connection
            raise
        except sqlite3.Error:
            conn.rollback()
            raise
        applied.append(name)
    return applied
