"""The ``Store`` protocol every database backend implements (SQLite now, PostgreSQL later)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from ..records import Analysis, Article, Assignment, Record, Rejection, Story


@dataclass
class SearchHit(Record):
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    story_id: int | None
    snippet: str
    score: float


class Store(Protocol):
    def add_article(
        self, article: Article, analysis: Analysis, assignment: Assignment
    ) -> bool: ...
    def update_assignments(
        self, assignments: list[Assignment], changes: list[dict[str, Any]]
    ) -> None: ...
    def record_rejection(self, rejection: Rejection) -> None: ...
    def has_content(self, content_hash: str) -> bool: ...
    def count_articles(self) -> int: ...
    def article(self, article_id: str) -> Article: ...
    def iter_items(
        self, story_id: int | None = None
    ) -> Iterator[tuple[Article, Analysis, Assignment]]: ...
    def stories(self) -> list[Story]: ...
    def story(self, story_id: int) -> Story: ...
    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...
    def rejections(self) -> list[Rejection]: ...
    def close(self) -> None: ...
