"""Store part for re-analysis: which stored analyses an older analyser made, and replacing
them with new ones (``storyline reanalyse``, ``storyline.reanalyse``).

Every table derived from an analysis is refreshed by the triggers that already fire when
an ``analyses`` row is updated (migrations ``003`` and ``007``; PostgreSQL's own in
``postgres_schema``): the people index (``article_people``) is rebuilt from the new data,
the story's ``story_summaries.version`` moves on (so a brief cached for the old version is
never served again: ``brief_cache`` is keyed by it), and the article's cached trade-measure
mentions are dropped (``measure_mentions``; the caller caches new ones). Story assignments
are never touched here.

``AnalysesMixin`` is written once in portable SQL for both backends (PostgreSQL runs it
through ``postgres_compat``); ``AnalysisStore`` is the protocol half.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from ..records import Analysis, Article
from .rows import ARTICLE_KEYS


class AnalysisStore(Protocol):
    def analysis_versions(self) -> dict[str, int]:
        """How many stored analyses each analyser version made."""
        ...

    def articles_to_reanalyse(
        self, version: str | None, *, after_seq: int = 0, limit: int = 100
    ) -> list[tuple[int, Article]]:
        """(ingest sequence number, article) of stored articles after ``after_seq``, in
        ingest order, whose analysis was made by another version than ``version`` (every
        article when ``version`` is None); at most ``limit``."""
        ...

    def replace_analyses(
        self, items: Sequence[tuple[str, Analysis]]
    ) -> dict[str, int | None]:
        """Replace stored analyses, all in one transaction. Each item is (the content hash
        of the text the analysis was made from, the analysis); an article whose stored text
        has another hash now (revised meanwhile) or that is gone is left alone. Returns the
        article ids replaced, each with its story id (None when unassigned)."""
        ...


class AnalysesMixin:
    """The implementation of ``AnalysisStore`` for both backends (needs ``conn`` and
    ``_write`` from the store)."""

    conn: sqlite3.Connection

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:  # provided by the store
        raise NotImplementedError

    def analysis_versions(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT version, count(*) FROM analyses GROUP BY version")
        return {str(r[0]): int(r[1]) for r in rows}

    def articles_to_reanalyse(
        self, version: str | None, *, after_seq: int = 0, limit: int = 100
    ) -> list[tuple[int, Article]]:
        cols = ", ".join(f"a.{c}" for c in ARTICLE_KEYS)
        sql = (
            f"SELECT a.seq, {cols} FROM articles a JOIN analyses n ON n.article_id = a.id "
            "WHERE a.seq > ?"
        )
        params: list[object] = [after_seq]
        if version is not None:
            sql += " AND n.version != ?"
            params.append(version)
        params.append(max(1, limit))
        rows = self.conn.execute(sql + " ORDER BY a.seq LIMIT ?", params).fetchall()
        return [
            (int(r[0]), Article(**dict(zip(ARTICLE_KEYS, r[1:], strict=True)))) for r in rows
        ]

    def replace_analyses(
        self, items: Sequence[tuple[str, Analysis]]
    ) -> dict[str, int | None]:
        replaced: dict[str, int | None] = {}
        if not items:
            return replaced
        with self._write() as conn:
            for content_hash, analysis in items:
                cur = conn.execute(
                    "UPDATE analyses SET version = ?, data = ? WHERE article_id = ? AND "
                    "EXISTS (SELECT 1 FROM articles WHERE id = ? AND content_hash = ?)",
                    (analysis.version, json.dumps(analysis.to_dict()), analysis.article_id,
                     analysis.article_id, content_hash),
                )
                if cur.rowcount < 1:
                    continue
                row = conn.execute(
                    "SELECT story_id FROM assignments WHERE article_id = ?",
                    (analysis.article_id,),
                ).fetchone()
                replaced[analysis.article_id] = None if row is None else int(row[0])
        return replaced
