"""``run_backfill``: inputs → units → shards (on an engine) → the store, with a summary."""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..errors import InputError
from ..records import Record
from ..sources import expand_inputs
from ..store import Store
from .analyse import FilterOptions
from .engines import ENGINES, run_engine
from .loader import check_windowed, load_shards, load_shards_windowed
from .shards import (
    UnitResult,
    database_key,
    done_path,
    loaded_path,
    read_marker,
    shard_path,
)
from .windows import WindowOptions

log = logging.getLogger(__name__)

# progress(phase, done, total, articles): "analysing" counts units, "loading" articles.
BackfillProgress = Callable[[str, int, int, int], None]


@dataclass(frozen=True)
class BackfillOptions:
    engine: str = "local"  # "local" (processes on this machine) or "ray" (Ray Data)
    # Parallel workers (processes or Ray actors), each holding one spaCy model (~0.5 GB);
    # 0 = one per CPU core.
    workers: int = 0
    out: str = "backfill-shards"  # folder for Parquet shards and their markers
    filters: FilterOptions = field(default_factory=FilterOptions)
    # False: only analyse (shards and done markers); a later run with the same inputs and
    # --out loads them (e.g. analyse on a cluster, load from a machine near the database).
    load: bool = True
    # > 0: assign stories in time windows of this many days, in parallel on the engine,
    # stitched over an overlap (windows.py), into an empty database; 0: one sequential
    # pass in publication order (continues any database).
    window_days: int = 0


@dataclass
class BackfillSummary(Record):
    units: int = 0
    units_analysed: int = 0  # analysed in this run
    units_resumed: int = 0  # done by an earlier run (shard reused)
    units_loaded_before: int = 0  # already loaded by an earlier run (not read again)
    read: int = 0  # items read (articles and rejected items) in the units analysed
    rejected: dict[str, int] = field(default_factory=dict)  # reason (numbers as N) -> count
    filtered: dict[str, int] = field(default_factory=dict)  # filter -> count
    duplicates: int = 0
    stored: int = 0
    revised: int = 0
    stories_touched: int = 0
    stories: list[int] = field(default_factory=list)
    changes: int = 0  # repair steps (merges, splits) recorded
    windows: int = 0  # time windows assigned in parallel (0: sequential assignment)
    seam_links: int = 0  # window stories joined to an earlier window's story
    seam_changes: int = 0  # merges and moves made by the repairs at window seams
    analyse_seconds: float = 0.0
    analyse_cpu_seconds: float = 0.0  # summed over the workers (units analysed now)
    load_seconds: float = 0.0
    load_cpu_seconds: float = 0.0
    articles_per_second: float = 0.0  # articles analysed per wall-clock second


def plan_jobs(inputs: Iterable[str], out: Path) -> list[tuple[str, str]]:
    """(unit, shard path) for every input file, in input order."""
    units = expand_inputs(inputs)
    if "-" in units:
        raise InputError("-", "a backfill reads files, folders or URLs, not stdin; "
                              "save the input to a file first")
    return [(unit, str(shard_path(out, unit, i))) for i, unit in enumerate(units)]


def run_backfill(
    inputs: Iterable[str],
    store: Store,
    settings: Settings,
    options: BackfillOptions | None = None,
    *,
    progress: BackfillProgress | None = None,
) -> BackfillSummary:
    """Analyse every input file on the engine (one Parquet shard per file, resumable),
    then load the shards into ``store`` and assign stories as ``ingest`` would."""
    options = options or BackfillOptions()
    if options.engine not in ENGINES:
        raise InputError("--engine", f"unknown engine {options.engine!r}; use one of "
                                     f"{', '.join(ENGINES)}")
    if options.window_days and options.load:
        check_windowed(options.window_days, store)  # before hours of analysis, not after
    out = Path(options.out)
    jobs = plan_jobs(inputs, out)
    out.mkdir(parents=True, exist_ok=True)
    db_key = database_key(settings.db)
    summary = BackfillSummary(units=len(jobs))
    results: dict[str, UnitResult] = {}
    todo: list[tuple[str, str]] = []
    for unit, shard in jobs:
        if loaded_path(Path(shard), db_key).exists():
            summary.units_loaded_before += 1
            continue
        earlier = read_marker(done_path(Path(shard)))
        if earlier is not None and Path(shard).exists():
            earlier.skipped = True
            results[shard] = earlier
        else:
            todo.append((unit, shard))
    workers = options.workers or _cpus()
    started = time.perf_counter()
    articles = 0
    if progress:
        progress("analysing", len(results), len(jobs) - summary.units_loaded_before, 0)
    for result in run_engine(options.engine, todo, settings, options.filters, workers):
        results[result.shard] = result
        articles += result.articles
        if progress:
            progress("analysing", len(results), len(jobs) - summary.units_loaded_before,
                     articles)
    summary.analyse_seconds = round(time.perf_counter() - started, 3)
    ordered = [results[shard] for _, shard in jobs if shard in results]
    for r in ordered:
        if r.skipped:
            summary.units_resumed += 1
        else:
            summary.units_analysed += 1
            summary.read += r.read
            summary.analyse_cpu_seconds += r.cpu_seconds
        for key, n in r.filtered.items():
            summary.filtered[key] = summary.filtered.get(key, 0) + n
    # By kind of reason: "too short to be an article (24 words)" and "(31 words)" are one.
    summary.rejected = dict(Counter(
        re.sub(r"\d+", "N", x["reason"]) for r in ordered for x in r.rejected
    ).most_common())
    if articles and summary.analyse_seconds:
        summary.articles_per_second = round(articles / summary.analyse_seconds, 2)

    summary.analyse_cpu_seconds = round(summary.analyse_cpu_seconds, 3)
    if not options.load:
        return summary
    started, cpu = time.perf_counter(), time.process_time()
    if options.window_days > 0:
        windows = WindowOptions(days=options.window_days)
        report, windowed = load_shards_windowed(ordered, store, windows,
                                                engine=options.engine, workers=workers,
                                                progress=progress)
        summary.windows = windowed.windows
        summary.seam_links = windowed.linked
        summary.seam_changes = windowed.seam_changes
    else:
        report = load_shards(ordered, store, progress=progress)
    for r in ordered:
        loaded_path(Path(r.shard), db_key).write_text("loaded\n", encoding="utf-8")
    summary.load_seconds = round(time.perf_counter() - started, 3)
    summary.load_cpu_seconds = round(time.process_time() - cpu, 3)
    summary.duplicates = report.duplicates
    summary.stored = report.added
    summary.revised = len(report.revised)
    summary.stories = report.stories
    summary.stories_touched = len(report.stories)
    summary.changes = len(report.changes)
    return summary


def _cpus() -> int:
    import os

    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)
