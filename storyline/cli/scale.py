"""Commands for scale: ``migrate`` (move a database to another backend) and ``backfill``
(analyse many input files in parallel on an engine, then load them)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from ..store import open_store
from ..store.transfer import same_database, transfer
from .common import app, echo_json, open_cli_store, settings_from


@contextmanager
def _bar() -> Iterator[Callable[[str, int, int, int], None] | None]:
    """A rich progress bar with units, articles/s and ETA on a terminal; else nothing."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn(),
        transient=True,
    )
    tasks: dict[str, Any] = {}
    started = time.perf_counter()

    def update(phase: str, done: int, total: int, articles: int) -> None:
        if phase not in tasks:
            label = "analysing (files)" if phase == "analysing" else f"{phase} (articles)"
            tasks[phase] = bar.add_task(label, total=total, rate="")
        rate = articles / max(1e-6, time.perf_counter() - started)
        bar.update(tasks[phase], completed=done, total=total,
                   rate=f"{articles:,} articles, {rate:,.1f}/s")

    with bar:
        yield update


@app.command()
def backfill(
    ctx: typer.Context,
    sources: Annotated[list[str], typer.Argument(help="WARC, JSONL or other files; folders.")],
    engine: Annotated[
        str, typer.Option("--engine", help="local (processes here) or ray (Ray Data).")
    ] = "local",
    workers: Annotated[
        int, typer.Option("--workers", min=0, help="Parallel workers (0 = one per core).")
    ] = 0,
    out: Annotated[
        str, typer.Option("--out", help="Folder for the Parquet shards and done markers.")
    ] = "backfill-shards",
    min_words: Annotated[
        int, typer.Option("--min-words", min=0, help="Drop articles with fewer words.")
    ] = 0,
    english_only: Annotated[
        bool, typer.Option("--english-only", help="Drop articles that do not look English.")
    ] = False,
    no_load: Annotated[
        bool, typer.Option("--no-load", help="Only analyse (write shards); load in a later run.")
    ] = False,
    window_days: Annotated[
        int, typer.Option("--window-days", min=0,
                          help="Assign stories in time windows of N days (at least 20) in "
                               "parallel, into an empty database; 0 = one sequential pass.")
    ] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Analyse many input files in parallel (one Parquet shard per file), then load the
    shards and assign stories as `ingest` would. Resumable: re-run the same command after a
    stop and done files are skipped; nothing is stored twice. Exit code 0 when anything was
    read, even if some inputs were rejected; 1 otherwise.

    With --engine ray and RAY_ADDRESS set, the analysis runs on that Ray cluster (the inputs
    and --out must then be absolute paths on storage every node reaches).

    \b
    Examples:
      storyline backfill crawl/CC-NEWS-*.warc.gz --engine ray --workers 2 --out shards/
      storyline --db postgresql://localhost/news backfill dumps/ --min-words 80 --json
      storyline --db archive.db backfill crawl/ --engine ray --workers 8 --window-days 30
    """
    # The pipeline (spaCy, the story index) loads when the command runs, not with --help.
    from ..backfill import BackfillOptions, run_backfill
    from ..backfill.analyse import FilterOptions

    settings = settings_from(ctx)
    options = BackfillOptions(
        engine=engine, workers=workers, out=out,
        filters=FilterOptions(min_words=min_words, english_only=english_only),
        load=not no_load, window_days=window_days,
    )
    with open_cli_store(settings) as store, _bar() as update:
        summary = run_backfill(sources, store, settings, options, progress=update)
    rejected = sum(summary.rejected.values())
    # As for ingest: exit 0 when anything was read (or was already done), 1 otherwise.
    anything = summary.read > rejected or summary.units_resumed or summary.units_loaded_before
    if as_json:
        echo_json(summary.to_dict())
        raise typer.Exit(0 if anything else 1)
    filtered = sum(summary.filtered.values())
    typer.echo(
        f"files {summary.units} (analysed {summary.units_analysed}, resumed "
        f"{summary.units_resumed}, loaded before {summary.units_loaded_before}); "
        f"read {summary.read}, rejected {rejected}, filtered {filtered}, duplicates "
        f"{summary.duplicates}, stored {summary.stored}, stories touched "
        f"{summary.stories_touched}; {summary.articles_per_second} articles/s"
        + (f"; {summary.windows} windows, {summary.seam_links} stories joined at seams"
           if summary.windows else "")
    )
    for reason, n in summary.rejected.items():
        typer.echo(f"rejected {n}: {reason}", err=True)
    raise typer.Exit(0 if anything else 1)


@app.command()
def migrate(
    source: Annotated[str, typer.Option("--from", help="Database to copy from.")],
    target: Annotated[str, typer.Option("--to", help="Database to copy into.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Copy a whole database to another backend, every table of it: articles, analyses,
    stories with their ids, repair records and hand corrections, revisions, watched feeds,
    watchlists and alerts, cached measures and the saved story index. The target must be
    a new, empty database; the copy is one transaction there, so an interrupted move
    leaves it empty and re-running completes it. Works both ways (SQLite ↔ PostgreSQL).

    \b
    Examples:
      storyline migrate --from sqlite:///storyline.db --to postgresql://localhost/news
      storyline migrate --from postgresql://localhost/news --to sqlite:///copy.db --json
    """
    same_database(source, target)
    with _opened(source, create=False) as src, _opened(target) as dst, _copy_bar() as update:
        report = transfer(src, dst, progress=update)
    if as_json:
        echo_json(report.to_dict())
    elif report.skipped and not report.articles:
        typer.echo(f"the target already holds this database ({report.skipped} articles); "
                   "nothing copied")
    else:
        rows = sum(report.tables.values())
        typer.echo(
            f"copied {report.articles} articles, {report.changes} repair records, "
            f"{report.rejections} rejections; {rows} rows in {len(report.tables)} tables"
        )


@contextmanager
def _copy_bar() -> Iterator[Callable[[str, int, int], None] | None]:
    with _bar() as update:
        if update is None:
            yield None
            return
        yield lambda table, done, total: update("copying", done, total, done)


@contextmanager
def _opened(url: str, *, create: bool = True) -> Iterator[Any]:
    store = open_store(url, create=create)
    try:
        yield store
    finally:
        store.close()
