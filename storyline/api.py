"""The library API the CLI and the web layer are thin shells over.

``ingest`` runs sources → nlp → stories → store for a batch of inputs; ``story_brief``
runs reconcile → brief for one stored story. Everything takes explicit settings and a
store; nothing reads globals.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .brief import Brief, build_brief, render_report
from .config import Settings
from .nlp import analyze_many
from .reconcile import reconcile
from .records import Article, Record, Rejection
from .sources import Fetcher, expand_inputs, read_source
from .store import Store
from .stories import StoryIndex

log = logging.getLogger(__name__)

# progress(phase, done, total): phase is "reading" or "analysing".
Progress = Callable[[str, int, int], None]


@dataclass
class IngestReport(Record):
    added: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    stories: list[int] = field(default_factory=list)  # stories that received articles
    changes: list[dict[str, Any]] = field(default_factory=list)  # repair: merges, splits

    @property
    def read(self) -> int:
        """Articles read successfully (new or already stored)."""
        return self.added + self.duplicates


def load_index(store: Store) -> StoryIndex:
    """Rebuild the in-memory story index from what the store holds.

    Only the most recent articles matter (older stories are closed), so only those are
    restored; ids already used, and stories merged away, are never handed out again.
    """
    index = StoryIndex()
    for article, analysis, assignment in store.iter_items(
        newest=index.options.recent_articles
    ):
        index.restore(article, analysis, assignment)
    index.reserve_ids(store.max_story_id())
    index.replay(store.story_changes())
    return index


def _publication_order(articles: list[Article]) -> list[Article]:
    # Online clustering sees articles in publication order when known; undated ones keep
    # their input order after the dated ones.
    dated = sorted((a for a in articles if a.published), key=lambda a: a.published or "")
    return dated + [a for a in articles if not a.published]


# Articles are analysed, assigned and repaired a chunk at a time: memory stays bounded on
# large batches, and each repair step covers what one chunk changed.
CHUNK = 1000


def ingest(
    inputs: Iterable[str],
    store: Store,
    settings: Settings,
    *,
    fetcher: Fetcher | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read every input, analyse new articles, assign them to stories and store them.

    Bad inputs become rejections (recorded, reported) and never stop the batch. Each
    article is committed in its own transaction together with its analysis and story
    assignment; articles already stored (same content hash) are counted as duplicates.
    """
    report = IngestReport()
    units = expand_inputs(inputs)
    chunk: list[Article] = []
    seen: set[str] = set()
    index: StoryIndex | None = None
    touched: set[int] = set()
    for done, unit in enumerate(units, 1):
        for item in read_source(unit, settings, fetcher):
            if isinstance(item, Rejection):
                log.warning("rejected %s: %s", item.source, item.reason)
                store.record_rejection(item)
                report.rejected.append(item)
            elif item.content_hash in seen or store.has_content(item.content_hash):
                report.duplicates += 1
            else:
                seen.add(item.content_hash)
                chunk.append(item)
            if len(chunk) >= CHUNK:
                index = index or load_index(store)
                _add_chunk(chunk, index, store, settings, report, touched, progress)
                chunk = []
        if progress:
            progress("reading", done, len(units))
    if chunk:
        index = index or load_index(store)
        _add_chunk(chunk, index, store, settings, report, touched, progress)
    report.stories = sorted(touched)
    return report


def _add_chunk(
    chunk: list[Article],
    index: StoryIndex,
    store: Store,
    settings: Settings,
    report: IngestReport,
    touched: set[int],
    progress: Progress | None,
) -> None:
    ordered = _publication_order(chunk)
    # Worker processes pay off only when there is enough to share out.
    workers = (settings.workers or os.cpu_count() or 1) if len(ordered) >= 32 else 1
    analyses = analyze_many(ordered, n_process=workers)
    for done, (article, analysis) in enumerate(zip(ordered, analyses, strict=True), 1):
        assignment = index.assign(article, analysis)
        if store.add_article(article, analysis, assignment):
            report.added += 1
            report.article_ids.append(article.id)
            touched.add(assignment.story_id)
        else:  # stored meanwhile by another writer
            report.duplicates += 1
        if progress:
            progress("analysing", done, len(ordered))
    # The repair step merges or splits stories the online pass got wrong (same-topic events
    # arriving interleaved); it keeps ids stable where it can and says what it changed.
    changes, moved = index.repair()
    if changes:
        log.info("story repair: %s", changes)
        store.update_assignments(moved, changes)
        touched.update(a.story_id for a in moved)
        report.changes.extend(changes)


def story_brief(store: Store, story_id: int) -> Brief:
    """Reconcile one stored story's articles and build its brief."""
    story = store.story(story_id)
    items = list(store.iter_items(story_id))
    return build_brief(reconcile(story, items))


def all_briefs(store: Store) -> list[Brief]:
    return [story_brief(store, s.id) for s in store.stories()]


def write_report(store: Store, path: Path, title: str = "Storyline report") -> list[Brief]:
    """Write one standalone HTML page with every story's brief; return the briefs."""
    briefs = all_briefs(store)
    path.write_text(render_report(briefs, title), encoding="utf-8")
    return briefs
