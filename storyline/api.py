"""The library API the CLI and the web layer are thin shells over.

``ingest`` runs sources → nlp → stories → store for a batch of inputs; ``story_brief``
runs reconcile → brief for one stored story. Everything takes explicit settings and a
store; nothing reads globals.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .assign import assign_batch, finish_pending_repairs
from .assign import delete_article as delete_article  # corrections by hand: part of this API
from .assign import load_index as load_index
from .assign import merge_stories as merge_stories
from .assign import move_article as move_article
from .assign import split_story as split_story
from .config import Settings
from .nlp import analyze_many
from .output import check_output_path, write_output
from .records import Article, Assignment, Record, Rejection, Story
from .store import Store
from .trade import story_measures
from .trade.service import cache_mentions, refresh_mentions

if TYPE_CHECKING:  # the story index (numpy, scipy.sparse) loads only when ingesting
    from .brief import Brief
    from .sources import Fetcher
    from .stories import StoryIndex

log = logging.getLogger(__name__)

T = TypeVar("T")

# progress(phase, done, total): phase is "reading" or "analysing".
Progress = Callable[[str, int, int], None]


@dataclass
class IngestReport(Record):
    added: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)  # stored articles given a new revision
    stories: list[int] = field(default_factory=list)  # stories that received articles
    changes: list[dict[str, Any]] = field(default_factory=list)  # repair: merges, splits
    skipped: list[Rejection] = field(default_factory=list)  # left out: --exclude, hidden

    @property
    def read(self) -> int:
        """Articles read successfully (new or already stored)."""
        return self.added + self.duplicates + len(self.revised)

    def count_stored(
        self, article: Article, assignment: Assignment | None, touched: set[int]
    ) -> None:
        """Count one article of an assignment batch (``assign.assign_batch``'s callback)."""
        if assignment is None:  # stored meanwhile by another writer
            self.duplicates += 1
            return
        self.added += 1
        self.article_ids.append(article.id)
        touched.add(assignment.story_id)

    def note_repair(
        self, changes: list[dict[str, Any]], moved: list[Assignment], touched: set[int]
    ) -> None:
        if changes:
            touched.update(a.story_id for a in moved)
            self.changes.extend(changes)


def publication_order(items: list[T], article: Callable[[T], Article]) -> list[T]:
    """The order a chunk is assigned in: online clustering sees articles in publication
    order when known; undated ones keep their input order after the dated ones."""
    dated = sorted((x for x in items if article(x).published),
                   key=lambda x: article(x).published or "")
    return dated + [x for x in items if not article(x).published]


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
    exclude: Sequence[str] = (),
) -> IngestReport:
    """Read every input, analyse new articles, assign them to stories and store them.

    Bad inputs become rejections (recorded, reported) and never stop the batch. Each
    article is committed in its own transaction together with its analysis and story
    assignment; articles already stored (same content hash) are counted as duplicates.
    Files matching an ``exclude`` glob (and hidden ones) are left out and listed in
    ``skipped``.
    """
    # The readers and fetcher (httpx) load only when ingesting: read commands skip ~0.2 s.
    from .sources import read_source, select_inputs

    units, skipped = select_inputs(inputs, exclude)

    def items() -> Iterator[Article | Rejection]:
        for done, unit in enumerate(units, 1):
            yield from read_source(unit, settings, fetcher)
            if progress:
                progress("reading", done, len(units))

    report = ingest_items(items(), store, settings, progress=progress)
    report.skipped = skipped
    return report


def ingest_items(
    items: Iterable[Article | Rejection],
    store: Store,
    settings: Settings,
    *,
    progress: Progress | None = None,
) -> IngestReport:
    """``ingest`` for items already read (e.g. the entries of a watched feed).

    An article whose URL is already stored with other content is a revision of the stored
    article (``revise_article``), not a second article.
    """
    report = IngestReport()
    chunk: list[Article] = []
    seen: set[str] = set()
    index: StoryIndex | None = None
    touched: set[int] = set()
    for item in items:
        if isinstance(item, Rejection):
            log.warning("rejected %s: %s", item.source, item.reason)
            store.record_rejection(item)
            report.rejected.append(item)
        elif item.content_hash in seen or store.has_content(item.content_hash):
            report.duplicates += 1
        elif item.url and (earlier := store.article_id_for_url(item.url)):
            seen.add(item.content_hash)
            revise_article(store, earlier, item)
            report.revised.append(earlier)
            story_id = store.story_id_of(earlier)
            if story_id is not None:
                touched.add(story_id)
        else:
            seen.add(item.content_hash)
            chunk.append(item)
        if len(chunk) >= CHUNK:
            index = _add_chunk(chunk, index, store, settings, report, touched, progress)
            chunk = []
    if chunk:
        index = _add_chunk(chunk, index, store, settings, report, touched, progress)
    # A crash between a chunk's articles and its repair left that repair to finish.
    index, changes, moved = finish_pending_repairs(store, index)
    report.note_repair(changes, moved, touched)
    if report.revised:
        # A revision's new analysis dropped its cached trade mentions (a store trigger).
        refresh_mentions(store)
    report.stories = sorted(touched)
    return report


def revise_article(store: Store, article_id: str, article: Article) -> int:
    """Store ``article`` as a new revision of the stored article ``article_id`` (the same
    URL fetched again with changed content): the earlier text is kept as a revision, the
    new text is analysed again, and the article keeps its id and story. Returns the
    revision number (1 = the first text)."""
    article.id = article_id
    analysis = next(analyze_many([article]))
    return store.add_revision(article_id, article, analysis)


def _add_chunk(
    chunk: list[Article],
    index: StoryIndex | None,
    store: Store,
    settings: Settings,
    report: IngestReport,
    touched: set[int],
    progress: Progress | None,
) -> StoryIndex:
    """Analyse a chunk (no lock held), then assign, store and repair it under the store's
    writer lock (``assign.assign_batch``)."""
    ordered = publication_order(chunk, lambda a: a)
    # Worker processes pay off only when there is enough to share out.
    workers = (settings.workers or os.cpu_count() or 1) if len(ordered) >= 32 else 1
    analyses = []
    for done, analysis in enumerate(analyze_many(ordered, n_process=workers), 1):
        analyses.append(analysis)
        if progress:
            progress("analysing", done, len(ordered))

    first_new = len(report.article_ids)
    index, changes, moved = assign_batch(
        store, index, zip(ordered, analyses, strict=True),
        partial(report.count_stored, touched=touched))
    report.note_repair(changes, moved, touched)
    # Trade-measure mentions are cached as articles arrive (about 3% of the analysis
    # cost), from the analyses in hand, so the first brief or `measures` after a large
    # ingest does not pay for every new article at once.
    new = set(report.article_ids[first_new:])
    cache_mentions(store, [a for a in analyses if a.article_id in new])
    return index


def story_brief(store: Store, story_id: int, *,
                measures_max_age: float | None = None,
                min_confidence: float | None = None) -> Brief:
    """Reconcile one stored story's articles and build its brief (``measures_max_age``:
    see ``trade.service.ledger``; the web server bounds the ledger's age while ingest runs).
    Candidate disagreements below ``min_confidence`` (None: the confidence model's own
    threshold; ``Settings.confidence_threshold`` gives the user's) are held back as
    possible."""
    story = store.story(story_id)  # a merged-away id gives the story it went into
    items = list(store.iter_items(story.id))
    from .brief import build_brief  # briefs only: an ingest process never loads reconcile
    from .reconcile import ReconcileOptions, reconcile

    options = ReconcileOptions(min_confidence=min_confidence)
    brief = build_brief(reconcile(story, items, options))
    # the trade lens, across stories
    brief.measures = story_measures(store, story.id, max_age=measures_max_age)
    return brief


def all_briefs(store: Store, *, min_confidence: float | None = None) -> list[Brief]:
    return [story_brief(store, s.id, min_confidence=min_confidence) for s in store.stories()]


def write_report(
    store: Store,
    path: Path,
    title: str = "Storyline report",
    *,
    stories: Iterable[Story] | None = None,
    min_confidence: float | None = None,
) -> list[Brief]:
    """Write one standalone HTML page with the brief of every story (or of ``stories``);
    return the briefs (``min_confidence``: see ``story_brief``)."""
    check_output_path(path)  # a bad --out fails before the work, as one line
    chosen = store.stories() if stories is None else stories
    briefs = [story_brief(store, s.id, min_confidence=min_confidence) for s in chosen]
    from .brief import render_report

    write_output(path, render_report(briefs, title))
    return briefs
