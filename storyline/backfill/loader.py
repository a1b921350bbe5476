"""The loader: shards → the store, then story assignment and repair in publication order.

It makes the same decisions ``api.ingest`` makes, in the same order (articles in input
order, a chunk of ``api.CHUNK`` new articles at a time, each chunk assigned in publication
order and then repaired), so a backfill ends with the same stories as an ingest of the
same input; only the writing differs: each chunk is stored with one bulk call
(``Store.add_articles``: ``COPY`` on PostgreSQL, ``executemany`` on SQLite) from one
process, under the store's writer lock (``assign.assign_batch``). Story assignment is
cheap (~350 articles/s) and order-dependent, so it stays in this one process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from functools import partial
from itertools import islice
from pathlib import Path

from .. import api
from ..assign import assign_batch, finish_pending_repairs
from ..errors import InputError, StorylineError
from ..records import Analysis, Article, Assignment, Rejection
from ..store import Store
from ..stories import StoryIndex
from .shards import UnitResult, read_shard
from .windows import WindowedResult, WindowOptions, assign_windowed

log = logging.getLogger(__name__)

# progress(phase, done, total, articles): here phase is "loading", done/total articles.
LoadProgress = Callable[[str, int, int, int], None]


def load_shards(
    results: list[UnitResult],
    store: Store,
    *,
    progress: LoadProgress | None = None,
) -> api.IngestReport:
    """Store the articles of the given units' shards (in unit order) and assign stories.

    Rejections the units recorded are stored as ``ingest`` stores them. Articles already
    in the store (an earlier or concurrent load, an ingest) count as duplicates.
    """
    report = api.IngestReport()
    total = sum(r.articles for r in results)
    seen: set[str] = set()
    chunk: list[tuple[Article, Analysis]] = []
    index: StoryIndex | None = None
    touched: set[int] = set()
    done = 0
    for result in results:
        _take_counts(store, result, report)
        for article, analysis, stored in _with_stored(store, read_shard(Path(result.shard))):
            done += 1
            if article.content_hash in seen or stored:
                report.duplicates += 1
            elif article.url and (earlier := store.article_id_for_url(article.url)):
                seen.add(article.content_hash)
                api.revise_article(store, earlier, article)
                report.revised.append(earlier)
                story_id = store.story_id_of(earlier)
                if story_id is not None:
                    touched.add(story_id)
            else:
                seen.add(article.content_hash)
                chunk.append((article, analysis))
            if len(chunk) >= api.CHUNK:
                index = _store_chunk(chunk, index, store, report, touched)
                chunk = []
            if progress:
                progress("loading", done, total, done)
    if chunk:
        index = _store_chunk(chunk, index, store, report, touched)
    # A crash between a chunk's articles and its repair left that repair to finish.
    index, changes, moved = finish_pending_repairs(store, index)
    report.note_repair(changes, moved, touched)
    report.stories = sorted(touched)
    return report


def _with_stored(
    store: Store, rows: Iterator[tuple[Article, Analysis]], batch: int = 500
) -> Iterator[tuple[Article, Analysis, bool]]:
    """Rows with whether their content is already stored, asked ``batch`` at a time (one
    query each, not one per article: the database may be across a network)."""
    while part := list(islice(rows, batch)):
        stored = store.stored_hashes([a.content_hash for a, _ in part])
        for article, analysis in part:
            yield article, analysis, article.content_hash in stored


def _store_chunk(
    chunk: list[tuple[Article, Analysis]],
    index: StoryIndex | None,
    store: Store,
    report: api.IngestReport,
    touched: set[int],
) -> StoryIndex:
    index, changes, moved = assign_batch(
        store, index, api.publication_order(chunk, lambda x: x[0]),
        partial(report.count_stored, touched=touched), bulk=True,
    )
    report.note_repair(changes, moved, touched)
    return index


def load_shards_windowed(
    results: list[UnitResult],
    store: Store,
    windows: WindowOptions,
    *,
    engine: str = "local",
    workers: int = 1,
    progress: LoadProgress | None = None,
) -> tuple[api.IngestReport, WindowedResult]:
    """``load_shards`` with story assignment in time windows, in parallel on the engine,
    stitched (``windows.py``). For a backfill that starts a database: refused when the
    store holds articles already (the sequential loader continues any database)."""
    check_windowed(windows.days, store, windows.overlap_days)
    report = api.IngestReport()
    pairs: list[tuple[Article, Analysis]] = []
    later: list[Article] = []  # the same URL again with other content: a revision
    seen: set[str] = set()
    urls: set[str] = set()
    for result in results:
        _take_counts(store, result, report)
        for article, analysis in read_shard(Path(result.shard)):
            if article.content_hash in seen:
                report.duplicates += 1
                continue
            seen.add(article.content_hash)
            if article.url and article.url in urls:
                later.append(article)
                continue
            if article.url:
                urls.add(article.url)
            pairs.append((article, analysis))
    pairs = api.publication_order(pairs, lambda x: x[0])
    windowed = assign_windowed(pairs, None, windows, engine=engine, workers=workers)
    touched: set[int] = set()
    with store.writer_lock():
        ids: dict[int, int] = {}
        items = []
        for article, analysis in pairs:
            label, score, copy_of = windowed.labels[article.id]
            if label not in ids:
                ids[label] = store.allocate_story_id()
            items.append((article, analysis,
                          Assignment(article.id, ids[label], score, copy_of)))
        for start in range(0, len(items), api.CHUNK):
            part = items[start : start + api.CHUNK]
            for (article, _, assignment), new in zip(part, store.add_articles(part),
                                                     strict=True):
                report.count_stored(article, assignment if new else None, touched)
            if progress:
                progress("loading", start + len(part), len(items), start + len(part))
        # Assigned and repaired already: nothing pending. The story index is rebuilt from
        # the newest articles by the next ingest (no saved state yet).
        store.finish_repair([], [], None)
    for article in later:
        earlier = store.article_id_for_url(article.url or "")
        if earlier:
            api.revise_article(store, earlier, article)
            report.revised.append(earlier)
    report.stories = sorted(touched)
    return report, windowed


def check_windowed(days: int, store: Store, overlap_days: int = 10) -> None:
    """Refuse, in one line, what windowed assignment cannot do: windows shorter than
    twice the overlap, or a database that holds articles already."""
    if days < 2 * overlap_days:
        raise InputError("--window-days", f"windows of {days} days are shorter than twice "
                         f"the {overlap_days}-day overlap; use at least {2 * overlap_days}")
    held = store.count_articles()
    if held:
        raise StorylineError(
            f"the database holds {held} articles; windowed assignment starts an empty "
            "database — load without --window-days to continue this one"
        )


def _take_counts(store: Store, result: UnitResult, report: api.IngestReport) -> None:
    """A shard's rejections (stored and reported) and its in-file duplicates."""
    for rejected in result.rejected:
        rejection = Rejection(rejected["source"], rejected["reason"])
        store.record_rejection(rejection)
        report.rejected.append(rejection)
    report.duplicates += result.duplicates
