"""Read-side queries for browsing: story summaries (filtered, keyset-paginated), people,
outlets, one article with its analysis, and a cache of built briefs.

The summaries and the people index are tables kept in step by triggers (migration
``003_story_summaries_people_brief_cache``), so every writer — ingest, repair, manual
corrections, another process — updates them without knowing they exist, and a reader never
aggregates the whole database per request. Pagination is by keyset on ``last_seq`` (the
ingest sequence number of a story's newest article): a page never repeats or skips a story
because new articles arrived meanwhile.

``ReadQueries`` is the SQLite implementation, mixed into ``SQLiteStore``; the records here
are backend-neutral.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from ..errors import NotFoundError
from ..records import Analysis, Article, Assignment, Record, StoryArticle

# The largest page a caller may ask for (the web layer refuses more with a 4xx).
MAX_PAGE = 200


@dataclass
class StoryFilter(Record):
    """What a story list is narrowed to; every field optional (None/empty = no filter)."""

    since: str | None = None  # YYYY-MM-DD: stories with an article published on/after
    until: str | None = None  # YYYY-MM-DD: stories with an article published on/before
    outlet: str | None = None  # exact outlet name
    person: str | None = None  # a person or organisation name (case-insensitive, exact)
    q: str | None = None  # full-text query over the stories' articles
    min_outlets: int = 0


@dataclass
class StorySummary(Record):
    """A story as listed on the front page and in ``/api/stories`` (the ``stories --json``
    keys plus counts and the pagination key)."""

    id: int
    title: str
    articles: list[StoryArticle] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    article_count: int = 0
    outlet_count: int = 0
    discrepancies: int | None = None  # None until the story's brief has been built
    last_seq: int = 0  # keyset cursor: the newest article's ingest sequence number
    version: int = 0  # bumped by every change to the story (brief cache key)


@dataclass
class PersonStory(Record):
    """One story a person appears in, with that person's mentions there."""

    story_id: int
    title: str
    kind: str
    articles: int
    mentions: int


@dataclass
class CachedBrief(Record):
    story_id: int
    version: int
    code: str
    data: dict[str, Any]


_SUMMARY_COLUMNS = (
    "m.story_id, m.title, m.outlet_list, m.first_published, m.last_published, m.articles, "
    "m.outlets, m.last_seq, m.version, b.discrepancies"
)


class ReadQueries:
    """SQLite read queries over the trigger-maintained tables. Needs ``self.conn``."""

    conn: sqlite3.Connection

    def story_summaries(
        self,
        filters: StoryFilter | None = None,
        *,
        before: int | None = None,
        limit: int = 50,
        code: str = "",
        with_articles: bool = True,
    ) -> list[StorySummary]:
        """Stories, newest activity first, narrowed by ``filters``; ``before`` is the
        ``last_seq`` of the last story of the previous page. ``code`` names the brief
        builder whose cached discrepancy counts may be shown. ``with_articles=False`` leaves
        each summary's ``articles`` empty (``attach_articles`` fills them later: the web
        server does so only for stories it has not rendered at this version)."""
        f = filters or StoryFilter()
        where: list[str] = []
        params: list[Any] = [code]
        if before is not None:
            where.append("m.last_seq < ?")
            params.append(before)
        if f.since:
            where.append("m.last_published >= ?")
            params.append(f.since)
        if f.until:
            where.append("m.first_published < ?")
            params.append(f.until + "~")  # '~' sorts after any time suffix of that day
        if f.min_outlets:
            where.append("m.outlets >= ?")
            params.append(f.min_outlets)
        if f.outlet:
            where.append(
                "m.story_id IN (SELECT s.story_id FROM articles a JOIN assignments s "
                "ON s.article_id = a.id WHERE a.outlet = ?)"
            )
            params.append(f.outlet)
        if f.person:
            where.append(
                "m.story_id IN (SELECT s.story_id FROM article_people p JOIN assignments s "
                "ON s.article_id = p.article_id WHERE p.name = ? COLLATE NOCASE)"
            )
            params.append(f.person)
        if f.q:
            where.append(
                "m.story_id IN (SELECT s.story_id FROM articles_fts JOIN articles a "
                "ON a.seq = articles_fts.rowid JOIN assignments s ON s.article_id = a.id "
                "WHERE articles_fts MATCH ?)"
            )
            params.append(_fts_query(f.q))
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM story_summaries m LEFT JOIN brief_cache b "
            "ON b.story_id = m.story_id AND b.version = m.version AND b.code = ?"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY m.last_seq DESC LIMIT ?"
        )
        params.append(max(1, min(limit, MAX_PAGE)))
        rows = _all_rows(self.conn, sql, params, _SUMMARY_NAMES)
        rows.sort(key=lambda r: -int(r[7]))  # last_seq: unique per story
        summaries = [_summary(r) for r in rows]
        if with_articles:
            self.attach_articles(summaries)
        return summaries

    def story_summary(self, story_id: int, *, code: str = "") -> StorySummary:
        row = self.conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM story_summaries m LEFT JOIN brief_cache b "
            "ON b.story_id = m.story_id AND b.version = m.version AND b.code = ? "
            "WHERE m.story_id = ?",
            (code, story_id),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no story with id {story_id}")
        summary = _summary(row)
        self.attach_articles([summary])
        return summary

    def story_version(self, story_id: int) -> int | None:
        """The story's version (bumped by every change to it), None if no such story: one
        primary-key read, for caches keyed by it."""
        row = self.conn.execute(
            "SELECT version FROM story_summaries WHERE story_id = ?", (story_id,)).fetchone()
        return None if row is None else int(row[0])

    def attach_articles(self, summaries: list[StorySummary]) -> None:
        """Fill each summary's ``articles`` (publication order, undated last)."""
        if not summaries:
            return
        by_id = {s.id: s for s in summaries}
        marks = ",".join("?" * len(by_id))
        rows = _all_rows(
            self.conn,
            "SELECT s.story_id, a.id, a.external_id, a.url, a.outlet, a.title, a.published, "
            "a.seq FROM assignments s JOIN articles a ON a.id = s.article_id "
            f"WHERE s.story_id IN ({marks})",
            list(by_id),
            "story_id, id, external_id, url, outlet, title, published, seq",
        )
        rows.sort(key=lambda r: (r[0], r[6] is None, r[6] or "", r[7]))
        for r in rows:
            by_id[r[0]].articles.append(StoryArticle(*r[1:7]))

    def outlet_counts(self) -> list[tuple[str, int]]:
        """Every outlet with its number of stored articles, most first."""
        rows = self.conn.execute(
            "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL "
            "GROUP BY outlet ORDER BY count(*) DESC, outlet"
        )
        return [(r[0], int(r[1])) for r in rows]

    def person_stories(self, name: str, *, limit: int = 200) -> list[PersonStory]:
        """The stories a person (or organisation) appears in, newest activity first."""
        rows = self.conn.execute(
            "SELECT m.story_id, m.title, min(p.kind), count(DISTINCT p.article_id), "
            "sum(p.mentions) FROM article_people p "
            "JOIN assignments s ON s.article_id = p.article_id "
            "JOIN story_summaries m ON m.story_id = s.story_id "
            "WHERE p.name = ? COLLATE NOCASE GROUP BY m.story_id "
            "ORDER BY m.last_seq DESC LIMIT ?",
            (name, limit),
        ).fetchall()
        return [PersonStory(r[0], r[1], r[2], int(r[3]), int(r[4] or 0)) for r in rows]

    def people_names(self, prefix: str = "", *, limit: int = 50) -> list[tuple[str, int]]:
        """Names of people and organisations (with article counts), by frequency."""
        rows = self.conn.execute(
            "SELECT name, count(DISTINCT article_id) FROM article_people "
            "WHERE name LIKE ? ESCAPE '\\' GROUP BY name ORDER BY 2 DESC, name LIMIT ?",
            (_like_prefix(prefix), limit),
        )
        return [(r[0], int(r[1])) for r in rows]

    def article_item(self, article_id: str) -> tuple[Article, Analysis, Assignment | None]:
        """One stored article with its analysis and (when assigned) its story assignment."""
        article = self.article(article_id)  # type: ignore[attr-defined]
        row = self.conn.execute(
            "SELECT n.data, s.story_id, s.score, s.copy_of FROM analyses n "
            "LEFT JOIN assignments s ON s.article_id = n.article_id WHERE n.article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"article {article_id!r} has no stored analysis")
        analysis = Analysis.from_dict(json.loads(row[0]))
        assignment = None if row[1] is None else Assignment(article.id, row[1], row[2], row[3])
        return article, analysis, assignment

    def cached_brief(self, story_id: int, version: int, code: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT data FROM brief_cache WHERE story_id = ? AND version = ? AND code = ?",
            (story_id, version, code),
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def put_cached_brief(
        self, story_id: int, version: int, code: str, data: dict[str, Any]
    ) -> None:
        """Keep a built brief for this version of the story and this code (a derived copy:
        losing it costs only a rebuild); briefs of the story's older versions go."""
        self.conn.execute("DELETE FROM brief_cache WHERE story_id = ? AND version <> ?",
                          (story_id, version))
        self.conn.execute(
            "INSERT INTO brief_cache (story_id, version, code, discrepancies, data, built_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(story_id, code) DO UPDATE SET "
            "version = excluded.version, "
            "discrepancies = excluded.discrepancies, data = excluded.data, "
            "built_at = excluded.built_at",
            (
                story_id, version, code, len(data.get("discrepancies") or []),
                json.dumps(data, ensure_ascii=False),
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )

    def stories_without_brief(self, code: str, *, limit: int = 20) -> list[tuple[int, int]]:
        """(story id, version) of the newest stories whose cached brief is missing or stale."""
        rows = self.conn.execute(
            "SELECT m.story_id, m.version FROM story_summaries m LEFT JOIN brief_cache b "
            "ON b.story_id = m.story_id AND b.version = m.version AND b.code = ? "
            "WHERE b.story_id IS NULL ORDER BY m.last_seq DESC LIMIT ?",
            (code, limit),
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    def latest_seq(self) -> int:
        """The newest story activity (changes whenever an article is stored)."""
        row = self.conn.execute("SELECT max(last_seq) FROM story_summaries").fetchone()
        return int(row[0] or 0)

    def first_seq_since(self, when: str) -> int | None:
        """The ingest sequence number of the first article stored at or after ``when`` (an
        ISO UTC date-time as ``ingested_at`` holds it, "YYYY-MM-DDTHH:MM:SS+00:00"); None
        when nothing was stored since."""
        row = self.conn.execute(
            "SELECT min(seq) FROM articles WHERE ingested_at >= ?", (when,)).fetchone()
        return int(row[0]) if row and row[0] is not None else None


_SUMMARY_NAMES = ", ".join(c.split(".")[1] for c in _SUMMARY_COLUMNS.split(", "))


def _all_rows(conn: Any, sql: str, params: list[Any], names: str) -> list[Any]:
    """Every row of ``sql`` (selecting the columns ``names``), in no particular order.

    On SQLite they come back as one JSON value in a single step: the sqlite3 module hands
    the GIL back and forth on every step (row), and a multi-threaded web server reading a
    page of stories then spends most of its time waiting for it (bench/bench_web.py)."""
    if isinstance(conn, sqlite3.Connection):
        row = conn.execute(
            f"SELECT json_group_array(json_array({names})) FROM ({sql})", params
        ).fetchone()
        found: list[Any] = orjson.loads(row[0]) if row and row[0] else []
        return found
    return list(conn.execute(sql, params).fetchall())


def _summary(r: tuple[Any, ...] | list[Any]) -> StorySummary:
    return StorySummary(
        id=int(r[0]), title=r[1], outlets=sorted(orjson.loads(r[2] or "[]")),
        first_published=r[3], last_published=r[4], article_count=int(r[5]),
        outlet_count=int(r[6]), last_seq=int(r[7]), version=int(r[8]),
        discrepancies=None if r[9] is None else int(r[9]),
    )


def _fts_query(q: str) -> str:
    """User words as literal FTS5 terms (ANDed): no syntax errors from stray operators."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in q.split()) or '""'


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


# ------------------------------------------------------------------------------- schema
# Migration 003 (shipped steps are never edited: add a new migration instead). The
# summaries, people index and brief cache are derived data kept in step by triggers.


def _refresh(story: str) -> str:
    """Statements that recompute one story's summary row (``story`` is an SQL expression)."""
    return f"""
    DELETE FROM story_summaries WHERE story_id = {story}
        AND NOT EXISTS (SELECT 1 FROM assignments WHERE story_id = {story});
    INSERT INTO story_summaries (story_id, title, outlet_list, first_published,
            last_published, articles, outlets, last_seq, version)
        SELECT s.story_id,
            coalesce((SELECT a2.title FROM assignments s2 JOIN articles a2 ON a2.id = s2.article_id
                      WHERE s2.story_id = {story} AND a2.title IS NOT NULL AND a2.title != ''
                      ORDER BY s2.copy_of IS NOT NULL, a2.published IS NULL, a2.published, a2.seq
                      LIMIT 1), 'Story ' || {story}),
            json_group_array(DISTINCT a.outlet) FILTER (WHERE a.outlet IS NOT NULL),
            min(a.published), max(a.published), count(*), count(DISTINCT a.outlet),
            max(a.seq), 1
        FROM assignments s JOIN articles a ON a.id = s.article_id
        WHERE s.story_id = {story} GROUP BY s.story_id
    ON CONFLICT(story_id) DO UPDATE SET title = excluded.title,
        outlet_list = excluded.outlet_list, first_published = excluded.first_published,
        last_published = excluded.last_published, articles = excluded.articles,
        outlets = excluded.outlets, last_seq = excluded.last_seq,
        version = story_summaries.version + 1;"""


_PEOPLE_OF = """
    SELECT {article}, json_extract(p.value, '$.name'),
           coalesce(json_extract(p.value, '$.kind'), 'person'),
           coalesce(json_array_length(p.value, '$.mentions'), 0)
    FROM json_each({data}, '$.people') p
    WHERE json_extract(p.value, '$.name') IS NOT NULL"""

SUMMARY_SCHEMA = (
    """
    CREATE TABLE story_summaries (
        story_id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        outlet_list TEXT NOT NULL,
        first_published TEXT,
        last_published TEXT,
        articles INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        version INTEGER NOT NULL
    );
    CREATE INDEX story_summaries_activity ON story_summaries(last_seq);
    CREATE TABLE article_people (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        mentions INTEGER NOT NULL
    );
    CREATE INDEX article_people_name ON article_people(name COLLATE NOCASE);
    CREATE INDEX article_people_article ON article_people(article_id);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE TABLE brief_cache (
        story_id INTEGER PRIMARY KEY,
        version INTEGER NOT NULL,
        code TEXT NOT NULL,
        discrepancies INTEGER NOT NULL,
        data TEXT NOT NULL,
        built_at TEXT NOT NULL
    );
    CREATE TRIGGER assignments_summary_ai AFTER INSERT ON assignments BEGIN"""
    + _refresh("NEW.story_id")
    + """
    END;
    CREATE TRIGGER assignments_summary_au AFTER UPDATE ON assignments BEGIN"""
    + _refresh("OLD.story_id")
    + _refresh("NEW.story_id")
    + """
    END;
    CREATE TRIGGER assignments_summary_ad AFTER DELETE ON assignments BEGIN"""
    + _refresh("OLD.story_id")
    + """
    END;
    CREATE TRIGGER articles_summary_au AFTER UPDATE OF title, outlet, published ON articles
    BEGIN"""
    + _refresh("(SELECT story_id FROM assignments WHERE article_id = NEW.id)")
    + """
    END;
    CREATE TRIGGER analyses_people_ai AFTER INSERT ON analyses BEGIN
        INSERT INTO article_people (article_id, name, kind, mentions)"""
    + _PEOPLE_OF.format(article="NEW.article_id", data="NEW.data")
    + """;
    END;
    CREATE TRIGGER analyses_people_au AFTER UPDATE ON analyses BEGIN
        DELETE FROM article_people WHERE article_id = OLD.article_id;
        INSERT INTO article_people (article_id, name, kind, mentions)"""
    + _PEOPLE_OF.format(article="NEW.article_id", data="NEW.data")
    + """;
        UPDATE story_summaries SET version = version + 1 WHERE story_id =
            (SELECT story_id FROM assignments WHERE article_id = NEW.article_id);
    END;
    INSERT INTO article_people (article_id, name, kind, mentions)"""
    + _PEOPLE_OF.format(article="n.article_id", data="n.data").replace(
        "FROM json_each", "FROM analyses n, json_each"
    )
    + """;
    INSERT INTO story_summaries (story_id, title, outlet_list, first_published,
            last_published, articles, outlets, last_seq, version)
        SELECT s.story_id, 'Story ' || s.story_id,
            json_group_array(DISTINCT a.outlet) FILTER (WHERE a.outlet IS NOT NULL),
            min(a.published), max(a.published), count(*), count(DISTINCT a.outlet),
            max(a.seq), 1
        FROM assignments s JOIN articles a ON a.id = s.article_id GROUP BY s.story_id;
    UPDATE story_summaries SET title = coalesce((SELECT a2.title FROM assignments s2
            JOIN articles a2 ON a2.id = s2.article_id
            WHERE s2.story_id = story_summaries.story_id AND a2.title IS NOT NULL
              AND a2.title != ''
            ORDER BY s2.copy_of IS NOT NULL, a2.published IS NULL, a2.published, a2.seq
            LIMIT 1), title);
    """
)
