"""Moving a database between backends (``storyline migrate --from … --to …``).

Works between any two ``Store`` implementations (SQLite → PostgreSQL is the usual move):
articles with their analyses and story assignments in ingest order (so story ids, and
which articles are "newest", stay the same), then the record of repair steps, the
redirects of merged stories and the rejections. Not moved: watched feeds, watchlists and
alerts, earlier revisions of articles, hand-correction pins, and derived data (the saved
story index and the brief cache are rebuilt on the target when needed).
Re-running after an interruption completes the move: articles already in
the target are skipped by content hash, and the repair record and rejections are copied
only to a target that has none yet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import StoreError
from ..records import Analysis, Article, Assignment, Record
from .protocol import Store

log = logging.getLogger(__name__)

# Rows per bulk write: big enough for COPY to pay off, small enough to bound memory.
BATCH = 1000


@dataclass
class TransferReport(Record):
    articles: int = 0  # copied now
    skipped: int = 0  # already in the target
    changes: int = 0
    rejections: int = 0


def transfer(
    source: Store, target: Store, *, progress: Callable[[str, int, int], None] | None = None
) -> TransferReport:
    """Copy everything ``source`` holds into ``target`` (see the module docstring)."""
    report = TransferReport()
    total = source.count_articles()
    if target.count_articles() and not source.count_articles():
        raise StoreError("the source database is empty and the target is not; "
                         "check --from and --to are the right way round")
    target_had_changes = bool(target.story_changes())
    target_had_rejections = bool(target.rejections())
    batch: list[tuple[Article, Analysis, Assignment]] = []
    done = 0

    def flush() -> None:
        nonlocal batch
        stored = target.add_articles(batch)
        report.articles += sum(stored)
        report.skipped += len(stored) - sum(stored)
        batch = []

    for item in source.iter_items():
        batch.append(item)
        done += 1
        if len(batch) >= BATCH:
            flush()
            if progress:
                progress("copying", done, total)
    if batch:
        flush()
    if progress:
        progress("copying", done, total)
    if not target_had_changes:
        changes = source.story_changes()
        if changes:
            target.update_assignments([], changes)
        report.changes = len(changes)
    redirects = source.story_redirects()
    if redirects:  # merged-away story ids keep leading to the story they went into
        target.save_index_state({}, [], [], redirects)
    if not source.pending_repairs():
        # Copied assignments mark their stories for repair on the target; the source had
        # none pending, so neither does the copy (a repair now could change its stories).
        target.finish_repair([], [])
    if not target_had_rejections:
        for rejection in source.rejections():
            target.record_rejection(rejection)
            report.rejections += 1
    log.info("migrate: %s", report)
    return report
