"""Story assignment against a store: the persisted index, one writer at a time, repairs
that survive a crash, and corrections made by hand.

* ``load_index`` continues the story index from the state the store keeps (vectors,
  running IDF, inverted index, story profiles: read in bulk, no text re-read); only
  articles stored after the last saved state (a crash mid-chunk) are featurised again.
* ``assign_batch`` assigns analysed articles under the store's writer lock: a second
  process waits, then continues from what the first stored (the index is reloaded when
  the store changed meanwhile); story ids come from the database.
* Every stored article marks its story for repair in the same transaction; the repair
  step's results clear the marks in one transaction, so a crash in between is finished
  by the next run (``finish_pending_repairs``).
* ``move_article``, ``split_story``, ``merge_stories`` and ``delete_article`` correct
  the clustering by hand; the articles involved are pinned, so later ingests and repairs
  keep the correction; a merged story's old id leads to the story it went into.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .errors import CorrectionError, NotFoundError
from .records import Analysis, Article, Assignment
from .store import Store

if TYPE_CHECKING:  # scikit-learn and scipy load only when a command needs the index
    from .stories import ClusterOptions, StoryIndex

log = logging.getLogger(__name__)


def load_index(store: Store, options: ClusterOptions | None = None) -> StoryIndex:
    """The story index as the store left it, ready to assign more articles."""
    index = _fresh(store, options)
    blobs = store.load_index_blobs()
    upto = index.saved_upto(blobs)
    latest = store.index_version()[0]
    if upto >= 0:
        rows = store.load_index_articles(upto, index.options.recent_articles)
        if all(row[5] for row in rows):
            index.import_state(blobs, rows, store.load_index_stories(),
                               store.story_members({row[2] for row in rows}, upto))
        else:  # some vectors were never saved: rebuild from the articles once
            upto = -1
            index = _fresh(store, options)
    # Articles stored after the saved state (or all recent ones when there is none).
    newest = latest - upto if upto >= 0 else index.options.recent_articles
    if newest > 0:
        for article, analysis, assignment in store.iter_items(newest=newest):
            index.restore(article, analysis, assignment)
    index.load_links(store.story_redirects(), store.pinned_articles(),
                     store.pending_repairs())
    index.loaded_version = store.index_version()
    return index


def _fresh(store: Store, options: ClusterOptions | None) -> StoryIndex:
    from .stories import StoryIndex

    index = StoryIndex(options, new_id=store.allocate_story_id)
    index.track_changes = True
    return index


def save_index(store: Store, index: StoryIndex) -> None:
    """Save what changed in the index since the last save (call under the writer lock)."""
    upto = store.index_version()[0]
    blobs, articles, stories, redirects = index.export_state(upto)
    store.save_index_state(blobs, articles, stories, redirects)
    index.loaded_version = store.index_version()


def _current(store: Store, index: StoryIndex | None,
             options: ClusterOptions | None = None) -> StoryIndex:
    """The index, reloaded if another writer (or a correction) changed the store."""
    if index is not None and index.loaded_version == store.index_version():
        return index
    if index is not None:
        log.info("the store changed since the index was loaded: reloading it")
    return load_index(store, options or (index.options if index else None))


def assign_batch(
    store: Store,
    index: StoryIndex | None,
    pairs: Iterable[tuple[Article, Analysis]],
    on_stored: Callable[[Article, Assignment | None], None] | None = None,
    *,
    bulk: bool = False,
) -> tuple[StoryIndex, list[dict[str, Any]], list[Assignment]]:
    """Assign and store analysed articles (in the order given), then repair.

    Holds the store's writer lock throughout. ``on_stored(article, assignment)`` is called
    per article (``assignment`` None: another writer had stored it already). Returns the
    index (to pass to the next call), the repair's changes and the articles it moved.
    ``bulk``: store the whole batch with one ``store.add_articles`` call (the backfill
    loader; same assignments, one transaction).
    """
    with store.writer_lock():
        index = _current(store, index)
        if bulk:
            _assign_bulk(store, index, pairs, on_stored)
            pairs = ()
        for article, analysis in pairs:
            if store.has_content(article.content_hash):
                if on_stored:
                    on_stored(article, None)
                continue
            assignment = index.assign(article, analysis)
            if not store.add_article(article, analysis, assignment):
                raise RuntimeError("article stored by another writer while holding the lock")
            if on_stored:
                on_stored(article, assignment)
        changes, moved = _repair(store, index)
        return index, changes, moved


def _assign_bulk(
    store: Store,
    index: StoryIndex,
    pairs: Iterable[tuple[Article, Analysis]],
    on_stored: Callable[[Article, Assignment | None], None] | None,
) -> None:
    items: list[tuple[Article, Analysis, Assignment]] = []
    pairs = list(pairs)
    stored = store.stored_hashes([a.content_hash for a, _ in pairs])  # one query
    for article, analysis in pairs:
        if article.content_hash in stored:
            if on_stored:
                on_stored(article, None)
            continue
        items.append((article, analysis, index.assign(article, analysis)))
    for (article, _, assignment), new in zip(items, store.add_articles(items), strict=True):
        if not new:
            raise RuntimeError("article stored by another writer while holding the lock")
        if on_stored:
            on_stored(article, assignment)


def _repair(store: Store, index: StoryIndex) -> tuple[list[dict[str, Any]], list[Assignment]]:
    # The repair step merges or splits stories the online pass got wrong (same-topic events
    # arriving interleaved); it keeps ids stable where it can and says what it changed.
    changes, moved = index.repair()
    if changes:
        log.info("story repair: %s", changes)
    # The repair's results, the cleared marks and the saved index state: all or nothing.
    store.finish_repair(moved, changes, index.export_state(store.index_version()[0]))
    index.loaded_version = store.index_version()
    return changes, moved


def finish_pending_repairs(
    store: Store, index: StoryIndex | None = None
) -> tuple[StoryIndex | None, list[dict[str, Any]], list[Assignment]]:
    """Run the repair a crashed run left pending, if any."""
    if not store.pending_repairs():
        return index, [], []
    with store.writer_lock():
        index = _current(store, index)
        changes, moved = _repair(store, index)
        return index, changes, moved


# -- corrections by hand --------------------------------------------------------------


def _story_articles(store: Store, story_id: int) -> tuple[int, list[str]]:
    sid = store.resolve_story_id(story_id)
    members = store.story_article_ids(sid)
    if not members:
        raise NotFoundError(f"no story with id {story_id}; run `storyline stories` to list ids")
    return sid, members


def _article_story(store: Store, article_id: str) -> int:
    _, _, assignment = store.article_item(article_id)
    if assignment is None:
        raise NotFoundError(f"article {article_id!r} has no story yet")
    return assignment.story_id


def move_article(store: Store, article_id: str, story_id: int) -> int:
    """Move one article into another story (pinned there); returns the story id it went
    to (a merged-away id is followed to its successor)."""
    with store.writer_lock():
        target, _ = _story_articles(store, story_id)
        source = _article_story(store, article_id)
        if source == target:
            return target
        store.reassign_articles([article_id], target, {
            "action": "move", "from": source, "into": target, "articles": [article_id],
            "manual": True, "reason": "moved by hand"})
        return target


def split_story(store: Store, story_id: int, article_ids: list[str]) -> int:
    """Move some of a story's articles into a new story; returns the new story's id. The
    articles of both stories are pinned, so repair does not put them back together."""
    with store.writer_lock():
        sid, members = _story_articles(store, story_id)
        wanted = list(dict.fromkeys(article_ids))
        foreign = [a for a in wanted if a not in members]
        if foreign:
            raise CorrectionError(f"article {foreign[0]!r} is not in story {sid}")
        if not wanted or len(wanted) == len(members):
            raise CorrectionError(f"split story {sid}: name some, not all, of its articles")
        new_id = store.allocate_story_id()
        store.reassign_articles(wanted, new_id, {
            "action": "split", "from": sid, "into": new_id, "articles": wanted,
            "manual": True, "reason": "split by hand"}, pin=members)
        return new_id


def merge_stories(store: Store, into_id: int, from_id: int) -> int:
    """Move every article of story ``from_id`` into ``into_id``; the old id then leads to
    ``into_id``. Returns the story merged into."""
    with store.writer_lock():
        into, into_members = _story_articles(store, into_id)
        source, members = _story_articles(store, from_id)
        if into == source:
            raise CorrectionError(f"merge: stories {into_id} and {from_id} are the same story")
        store.reassign_articles(members, into, {
            "action": "merge", "into": into, "from": source, "articles": members,
            "manual": True, "reason": "merged by hand"},
            pin=into_members, redirect=(source, into))
        return into


def delete_article(store: Store, article_id: str) -> int | None:
    """Delete a stored article; returns the story it was in (None: no story)."""
    with store.writer_lock():
        _, _, assignment = store.article_item(article_id)
        sid = assignment.story_id if assignment else None
        store.delete_article(article_id, {
            "action": "delete", "from": sid, "articles": [article_id], "manual": True,
            "reason": "deleted by hand"})
        return sid
