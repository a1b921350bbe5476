"""The PostgreSQL schema: named, ordered migrations recorded in ``_migrations``.

The same shape as the SQLite schema (``migrations.py``), step for step, so that a database
moves between the two (``storyline migrate``) and both give the same stories. Differences
are PostgreSQL's own: identity columns, a generated ``tsvector`` column with a GIN index
for full-text search. Every migration runs in one transaction holding an advisory lock,
so several processes opening a new database at once apply each step exactly once.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

Migration = tuple[str, str]

# Advisory lock keys (pg_advisory_lock takes a bigint); one per kind of exclusive work.
MIGRATION_LOCK = 0x5354_4F52_0001  # "STOR" 1
ASSIGNMENT_LOCK = 0x5354_4F52_0002  # story assignment: one writer at a time

_M001 = """
CREATE TABLE articles (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    external_id TEXT,
    url TEXT,
    outlet TEXT,
    outlet_from TEXT NOT NULL,
    title TEXT,
    title_from TEXT NOT NULL,
    published TEXT COLLATE "C",
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
    story_id BIGINT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    copy_of TEXT,
    assigned_at TEXT NOT NULL
);
CREATE INDEX assignments_story ON assignments(story_id);
CREATE TABLE rejections (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE story_changes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    data TEXT NOT NULL,
    at TEXT NOT NULL
);
"""

# Full-text search: a stored tsvector (title weighted above body) and a GIN index on it.
_M002 = """
ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('english', text), 'B')
) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
"""

# Story summaries, the people index and the brief cache (queries.py), kept in step by
# triggers as on SQLite; PL/pgSQL functions instead of SQLite's trigger bodies.
_M003 = """
CREATE TABLE story_summaries (
    story_id BIGINT PRIMARY KEY,
    title TEXT NOT NULL,
    outlet_list TEXT NOT NULL,
    first_published TEXT COLLATE "C",
    last_published TEXT COLLATE "C",
    articles INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    last_seq BIGINT NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX story_summaries_activity ON story_summaries(last_seq);
CREATE TABLE article_people (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    mentions INTEGER NOT NULL
);
CREATE INDEX article_people_name ON article_people(lower(name));
CREATE INDEX article_people_article ON article_people(article_id);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE TABLE brief_cache (
    story_id BIGINT PRIMARY KEY,
    version INTEGER NOT NULL,
    code TEXT NOT NULL,
    discrepancies INTEGER NOT NULL,
    data TEXT NOT NULL,
    built_at TEXT NOT NULL
);
CREATE FUNCTION storyline_refresh_summary(sid BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF sid IS NULL THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM assignments WHERE story_id = sid) THEN
        DELETE FROM story_summaries WHERE story_id = sid;
        RETURN;
    END IF;
    INSERT INTO story_summaries (story_id, title, outlet_list, first_published,
            last_published, articles, outlets, last_seq, version)
        SELECT sid,
            coalesce((SELECT a2.title FROM assignments s2 JOIN articles a2 ON a2.id = s2.article_id
                      WHERE s2.story_id = sid AND a2.title IS NOT NULL AND a2.title <> ''
                      ORDER BY s2.copy_of IS NOT NULL, a2.published IS NULL, a2.published, a2.seq
                      LIMIT 1), 'Story ' || sid),
            coalesce(json_agg(DISTINCT a.outlet) FILTER (WHERE a.outlet IS NOT NULL), '[]')::text,
            min(a.published), max(a.published), count(*), count(DISTINCT a.outlet),
            max(a.seq), 1
        FROM assignments s JOIN articles a ON a.id = s.article_id WHERE s.story_id = sid
    ON CONFLICT (story_id) DO UPDATE SET title = excluded.title,
        outlet_list = excluded.outlet_list, first_published = excluded.first_published,
        last_published = excluded.last_published, articles = excluded.articles,
        outlets = excluded.outlets, last_seq = excluded.last_seq,
        version = story_summaries.version + 1;
END $$;
CREATE FUNCTION storyline_assignments_summary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM storyline_refresh_summary(NEW.story_id);
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM storyline_refresh_summary(OLD.story_id);
        PERFORM storyline_refresh_summary(NEW.story_id);
    ELSE
        PERFORM storyline_refresh_summary(OLD.story_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER assignments_summary AFTER INSERT OR UPDATE OR DELETE ON assignments
    FOR EACH ROW EXECUTE FUNCTION storyline_assignments_summary();
CREATE FUNCTION storyline_articles_summary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM storyline_refresh_summary(
        (SELECT story_id FROM assignments WHERE article_id = NEW.id));
    RETURN NULL;
END $$;
CREATE TRIGGER articles_summary_au AFTER UPDATE OF title, outlet, published ON articles
    FOR EACH ROW EXECUTE FUNCTION storyline_articles_summary();
CREATE FUNCTION storyline_people_of(aid TEXT, data TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    people jsonb := data::jsonb -> 'people';
BEGIN
    IF jsonb_typeof(people) IS DISTINCT FROM 'array' THEN
        RETURN;
    END IF;
    INSERT INTO article_people (article_id, name, kind, mentions)
        SELECT aid, p ->> 'name', coalesce(p ->> 'kind', 'person'),
            CASE WHEN jsonb_typeof(p -> 'mentions') = 'array'
                 THEN jsonb_array_length(p -> 'mentions') ELSE 0 END
        FROM jsonb_array_elements(people) p WHERE p ->> 'name' IS NOT NULL;
END $$;
CREATE FUNCTION storyline_analyses_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM article_people WHERE article_id = OLD.article_id;
    END IF;
    PERFORM storyline_people_of(NEW.article_id, NEW.data);
    IF TG_OP = 'UPDATE' THEN
        UPDATE story_summaries SET version = version + 1 WHERE story_id =
            (SELECT story_id FROM assignments WHERE article_id = NEW.article_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER analyses_people AFTER INSERT OR UPDATE ON analyses
    FOR EACH ROW EXECUTE FUNCTION storyline_analyses_people();
SELECT storyline_people_of(article_id, data) FROM analyses;
SELECT storyline_refresh_summary(story_id) FROM (SELECT DISTINCT story_id FROM assignments) s;
"""

# Revisions, watched feeds, watchlists, alerts (watches.py). The tsvector column is
# generated, so a revised text is indexed again without a trigger.
_M004 = """
CREATE INDEX articles_url ON articles(url);
CREATE TABLE article_revisions (
    seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
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
CREATE TABLE watches (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
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
    watch_id BIGINT NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
    link TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (watch_id, link)
);
CREATE TABLE watchlists (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL,
    webhook TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE watchlist_state (
    watchlist_id BIGINT NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
    story_id BIGINT NOT NULL,
    outlets TEXT NOT NULL,
    discrepancies TEXT NOT NULL,
    PRIMARY KEY (watchlist_id, story_id)
);
CREATE TABLE alerts (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    watchlist_id BIGINT NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
    story_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL,
    delivery TEXT
);
CREATE INDEX alerts_created ON alerts(created_at);
"""

# Story ids, pending repairs, redirects, pins, the persisted index (index_state.py).
_M005 = """
CREATE TABLE story_ids (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    created_at TEXT NOT NULL
);
CREATE FUNCTION storyline_change_id(data TEXT, key TEXT) RETURNS BIGINT LANGUAGE sql
    IMMUTABLE AS $$
    SELECT CASE WHEN (data::jsonb ->> key) ~ '^[0-9]+$' THEN (data::jsonb ->> key)::bigint END
$$;
SELECT setval(pg_get_serial_sequence('story_ids', 'id'), m) FROM (SELECT max(v) AS m FROM (
        SELECT max(story_id) AS v FROM assignments
        UNION ALL SELECT max(storyline_change_id(data, 'from')) FROM story_changes
        UNION ALL SELECT max(storyline_change_id(data, 'into')) FROM story_changes) x) y
    WHERE m IS NOT NULL;
CREATE TABLE pending_repairs (story_id BIGINT PRIMARY KEY);
CREATE FUNCTION storyline_pending_repair() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pending_repairs (story_id) VALUES (NEW.story_id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER assignments_pending_ai AFTER INSERT ON assignments
    FOR EACH ROW EXECUTE FUNCTION storyline_pending_repair();
CREATE TABLE story_redirects (
    from_id BIGINT PRIMARY KEY,
    into_id BIGINT NOT NULL,
    at TEXT NOT NULL
);
INSERT INTO story_redirects (from_id, into_id, at)
    SELECT DISTINCT ON (storyline_change_id(data, 'from')) storyline_change_id(data, 'from'),
           storyline_change_id(data, 'into'), at
    FROM story_changes WHERE data::jsonb ->> 'action' = 'merge'
        AND storyline_change_id(data, 'from') IS NOT NULL
        AND storyline_change_id(data, 'into') IS NOT NULL
    ORDER BY storyline_change_id(data, 'from'), seq DESC;
CREATE TABLE pins (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id BIGINT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE index_state (name TEXT PRIMARY KEY, data BYTEA NOT NULL);
CREATE TABLE index_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    day INTEGER,
    features BYTEA NOT NULL,
    minhash BYTEA,
    copy_seq BIGINT,
    copy_root TEXT
);
CREATE TABLE index_stories (
    story_id BIGINT PRIMARY KEY,
    first_day INTEGER,
    last_day INTEGER,
    profile BYTEA NOT NULL
);
"""

# Steps written for PostgreSQL by hand (SQLite-only constructs: FTS5, json_each, blobs).
_PORTED: list[Migration] = [
    ("001_articles_analyses_assignments", _M001),
    ("002_full_text_search", _M002),
    ("003_story_summaries_people_brief_cache", _M003),
    ("004_watches_revisions_alerts", _M004),
    ("005_story_ids_pending_repairs_index_state", _M005),
]

_TRIGGER = re.compile(
    r"CREATE\s+TRIGGER\s+(\w+)\s+(AFTER|BEFORE)\s+(INSERT|UPDATE|DELETE)"
    r"(\s+OF\s+[\w\s,]+?)?\s+ON\s+(\w+)\s+BEGIN\b(.*?)\bEND\s*;",
    re.I | re.S,
)


def port_sqlite_script(script: str) -> str:
    """A SQLite migration in PostgreSQL's dialect, for the plain steps other rooms append
    (tables, indexes, row triggers whose bodies are plain statements): AUTOINCREMENT keys
    become identity columns, BLOB becomes BYTEA, each trigger a PL/pgSQL function and a
    row trigger. A step this cannot port fails loudly when a PostgreSQL database is
    opened (a test runs every migration): write it by hand into ``_PORTED`` then."""

    def trigger(m: re.Match[str]) -> str:
        name, when, event, of, table, body = m.groups()
        body = body.strip()
        if not body.endswith(";"):
            body += ";"
        return (
            f"CREATE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n{body}\nRETURN NULL;\nEND $$;\n"
            f"CREATE TRIGGER {name} {when} {event}{of or ''} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}_fn();"
        )

    text = _TRIGGER.sub(trigger, script)
    text = re.sub(r"INTEGER\s+PRIMARY\s+KEY\s+AUTOINCREMENT",
                  "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", text, flags=re.I)
    text = re.sub(r"\bBLOB\b", "BYTEA", text, flags=re.I)
    return re.sub(r"\s+COLLATE\s+NOCASE", "", text, flags=re.I)


def _migrations() -> list[Migration]:
    from .migrations import MIGRATIONS as SQLITE_MIGRATIONS

    done = {name for name, _ in _PORTED}
    return _PORTED + [(name, port_sqlite_script(script))
                      for name, script in SQLITE_MIGRATIONS if name not in done]


MIGRATIONS: list[Migration] = _migrations()


def migrate(conn: Any) -> list[str]:
    """Apply pending migrations on a psycopg connection; return the names applied now."""
    applied: list[str] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations "
            "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
        for name, script in MIGRATIONS:
            if name in done:
                continue
            with conn.transaction():
                conn.execute(script)
                conn.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (%s, %s)",
                    (name, datetime.now(UTC).isoformat(timespec="seconds")),
                )
            applied.append(name)
    return applied
