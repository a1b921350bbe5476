"""The records of ``store/watches.py``: revisions, watched feeds, watchlists, alerts, the
story profile watchlists match against, and the ``storyline articles`` row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import Record


@dataclass
class Revision(Record):
    """One text of an article: earlier ones from ``article_revisions``, the last is current."""

    article_id: str
    revision: int  # 1 = the first text stored
    content_hash: str
    title: str | None
    published: str | None
    text: str
    stored_at: str | None  # when this text was stored
    replaced_at: str | None = None  # None for the current text


@dataclass
class Watch(Record):
    """A watched feed and its status."""

    id: int
    url: str
    name: str
    every_seconds: int
    created_at: str
    next_due: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_fetch: str | None = None
    last_status: str | None = None  # "ok", "not modified", "unchanged", "error"
    last_new_item: str | None = None
    last_error: str | None = None
    failures: int = 0  # consecutive failed runs (drives the back-off)
    items_seen: int = 0
    articles_added: int = 0


@dataclass
class Watchlist(Record):
    """A saved query; a story matches when every non-empty field matches (any value)."""

    id: int
    name: str
    keywords: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    webhook: str | None = None
    created_at: str = ""
    since_seq: int = 0  # the last article stored when it was made


@dataclass
class Alert(Record):
    id: int
    watchlist_id: int
    watchlist: str
    story_id: int
    kind: str  # "story" (a matching story appeared), "outlet", "discrepancy"
    message: str
    data: dict[str, Any]
    created_at: str
    delivery: str | None = None  # webhook: None (none set), "pending", "sent", "failed: …"


@dataclass
class ProfileArticle(Record):
    """One article of a story as watchlists see it."""

    id: str
    title: str | None
    text: str
    outlet: str | None
    seq: int  # ingest order
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


@dataclass
class StoryProfile(Record):
    """What a watchlist is matched against: a story's words, outlets, people, places."""

    story_id: int
    members: list[ProfileArticle] = field(default_factory=list)

    @property
    def titles(self) -> list[str]:
        return [m.title for m in self.members if m.title]

    @property
    def texts(self) -> list[str]:
        return [m.text for m in self.members]

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.members if m.outlet})

    @property
    def people(self) -> list[str]:
        return sorted({p for m in self.members for p in m.people})

    @property
    def places(self) -> list[str]:
        return sorted({p for m in self.members for p in m.places})

    def until(self, seq: int) -> StoryProfile:
        """The story as it was when article ``seq`` was the last one stored."""
        return StoryProfile(self.story_id, [m for m in self.members if m.seq <= seq])


@dataclass
class ArticleRow(Record):
    """An article as ``storyline articles`` lists it: where it came from, its story, the
    stored article it (nearly) copies, and how many texts it has had."""

    id: str
    external_id: str | None
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    story_id: int | None
    source: str
    ingested_at: str
    copy_of: str | None
    revisions: int
