"""The ``storyline`` command: a thin shell over ``storyline.api``.

Errors from the library (``StorylineError``) are printed as one line on stderr with a
non-zero exit code, never as a traceback. Every command that prints data has ``--json``.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from . import api
from .config import Settings
from .errors import StorylineError
from .store import open_store

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    help="Measure quality on labelled data nobody here wrote.", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


class Format(StrEnum):
    md = "md"
    html = "html"
    json = "json"


def _settings(ctx: typer.Context, **overrides: Any) -> Settings:
    overrides.setdefault("db", ctx.obj.get("db"))
    return Settings.from_env(**overrides)


@contextmanager
def _store(settings: Settings):  # type: ignore[no-untyped-def]
    store = open_store(settings.db)
    try:
        yield store
    finally:
        store.close()


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.callback()
def _main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", help="SQLite database file [env STORYLINE_DB; default storyline.db]"),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    """Storyline: news articles in, sourced story briefs out. Groups articles into
    stories (one event each) and writes a brief per story: people, quotes, figures,
    timeline, and where the outlets disagree, each item citing its sentence.

    \b
    Examples:
      storyline ingest news/ feed.rss https://example.org/article
      storyline stories
      storyline brief 3 --format html > story3.html
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR, format="%(levelname)s %(message)s"
    )
    ctx.obj = {"db": db}


def _progress_callback():  # type: ignore[no-untyped-def]
    """A rich progress bar on a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return None, None
    from rich.progress import Progress

    bar = Progress(transient=True)
    tasks: dict[str, Any] = {}

    def update(phase: str, done: int, total: int) -> None:
        if phase not in tasks:
            tasks[phase] = bar.add_task(phase, total=total)
        bar.update(tasks[phase], completed=done, total=total)

    return bar, update


@app.command()
def ingest(
    ctx: typer.Context,
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs, or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Allow private/loopback/link-local URLs."),
    ] = False,
) -> None:
    """Read articles, assign them to stories and store them (idempotent).

    Exit code 0 when anything was read, even if some inputs were rejected; 1 otherwise.

    \b
    Examples:
      storyline ingest examples/
      storyline ingest dump.jsonl feed.rss page.html --json
      cat article.txt | storyline ingest -
    """
    settings = _settings(ctx, allow_private=allow_private or None)
    bar, update = _progress_callback()
    with _store(settings) as store:
        if bar:
            with bar:
                report = api.ingest(sources, store, settings, progress=update)
        else:
            report = api.ingest(sources, store, settings)
    if as_json:
        _echo_json(
            {
                "added": report.added,
                "duplicates": report.duplicates,
                "rejected": [r.to_dict() for r in report.rejected],
                "stories": report.stories,
                "changes": report.changes,
            }
        )
    else:
        typer.echo(
            f"added {report.added}, duplicates {report.duplicates}, "
            f"rejected {len(report.rejected)}"
        )
        for r in report.rejected:
            typer.echo(f"rejected: {r.source}: {r.reason}", err=True)
    raise typer.Exit(0 if report.read else 1)


@app.command()
def stories(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List the stories with their articles.

    \b
    Examples:
      storyline stories
      storyline stories --json | jq '.[0].articles'
    """
    with _store(_settings(ctx)) as store:
        found = store.stories()
    if as_json:
        _echo_json([s.to_dict() for s in found])
        return
    for s in found:
        span = " → ".join(dict.fromkeys(d[:10] for d in (s.first_published, s.last_published) if d))
        typer.echo(f"{s.id:>4}  {s.title}")
        typer.echo(f"      {len(s.articles)} articles · {', '.join(s.outlets)} · {span}")


@app.command()
def brief(
    ctx: typer.Context,
    story_id: Annotated[int, typer.Argument(help="Story id, from `storyline stories`.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to a file.")] = None,
) -> None:
    """Write the sourced brief of one story (Markdown, standalone HTML, or JSON).

    \b
    Examples:
      storyline brief 1
      storyline brief 1 --format json
      storyline brief 1 --format html --out story1.html
    """
    from .brief import render_html, render_json, render_markdown

    with _store(_settings(ctx)) as store:
        b = api.story_brief(store, story_id)
    render = {Format.md: render_markdown, Format.html: render_html, Format.json: render_json}
    text = render[fmt](b)
    if out:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}", err=True)
    else:
        typer.echo(text)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Words to find (SQLite FTS5 syntax).")],
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most hits to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Full-text search over stored articles.

    \b
    Examples:
      storyline search "rare earth"
      storyline search 'tariff NEAR(court, 5)' --json
    """
    with _store(_settings(ctx)) as store:
        hits = store.search(query, limit)
    if as_json:
        _echo_json([h.to_dict() for h in hits])
        return
    for h in hits:
        typer.echo(f"story {h.story_id}  {h.outlet or '?'}  {h.title or h.article_id}")
        typer.echo(f"      {h.snippet}")


@app.command()
def report(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path(
        "storyline-report.html"
    ),
) -> None:
    """Write one static HTML page with the brief of every story.

    \b
    Examples:
      storyline report --out report.html
    """
    with _store(_settings(ctx)) as store:
        briefs = api.write_report(store, out)
    typer.echo(f"wrote {out} ({len(briefs)} stories)")


@app.command()
def demo(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML report to write.")] = Path(
        "demo-report.html"
    ),
    examples: Annotated[Path, typer.Option(help="Folder of example articles.")] = EXAMPLES,
) -> None:
    """Run the whole pipeline on the bundled example corpus and print every brief.

    Uses a fresh database (demo.db, recreated each run; or a --db path that does not
    exist yet), ingests the examples, prints every story's brief as Markdown, and writes
    a static HTML report.

    \b
    Examples:
      storyline demo --out demo-report.html
    """
    from .brief import render_markdown

    settings = _settings(ctx, db=ctx.obj.get("db") or "demo.db")
    if ctx.obj.get("db"):
        if Path(settings.db).exists():  # never wipe a database the user named
            raise StorylineError(
                f"{settings.db} exists; the demo needs a fresh database: "
                "pass a new --db path, or omit --db to use demo.db"
            )
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(settings.db + suffix).unlink(missing_ok=True)
    bar, update = _progress_callback()
    with _store(settings) as store:
        if bar:
            with bar:
                result = api.ingest([str(examples)], store, settings, progress=update)
        else:
            result = api.ingest([str(examples)], store, settings)
        briefs = api.write_report(store, out, title="Storyline demo: the example corpus")
    width = min(shutil.get_terminal_size().columns, 100)
    for b in briefs:
        typer.echo("=" * width)
        typer.echo(render_markdown(b))
    typer.echo("=" * width)
    typer.echo(
        f"{result.added} articles, {len(briefs)} stories, {len(result.rejected)} rejected; "
        f"report written to {out} (database {settings.db})"
    )


def _data_dir(ctx: typer.Context, data_dir: Path | None) -> Path:
    return data_dir or Path(_settings(ctx).data_dir)


DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Datasets folder [env STORYLINE_DATA_DIR; ../shared/data]"),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
Predictions = Annotated[
    Path | None, typer.Option("--predictions", help="Also write the predictions as JSONL.")
]


def _print_result(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _echo_json(result)
        return
    for key, value in result.items():
        if isinstance(value, dict):
            typer.echo(f"{key}:")
            for k, v in value.items():
                typer.echo(f"  {k}: {v}")
        else:
            typer.echo(f"{key}: {value}")


@eval_app.command("clustering")
def eval_clustering(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="ecbplus or examples.")] = "ecbplus",
    split: Annotated[str, typer.Option(help="train, dev or test.")] = "test",
    data_dir: DataDir = None,
    as_json: AsJson = False,
) -> None:
    """Story clustering: B-cubed and pairwise scores vs gold events, with a baseline.

    \b
    Examples:
      storyline eval clustering --dataset ecbplus --split test --json
      storyline eval clustering --dataset examples
    """
    from .evaluate.clustering import evaluate_clustering

    result = evaluate_clustering(dataset, split, _data_dir(ctx, data_dir), examples_dir=EXAMPLES)
    _print_result(result, as_json)


@eval_app.command("time")
def eval_time(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="tempeval3 or meantime.")] = "tempeval3",
    split: Annotated[
        str | None,
        typer.Option(help="tempeval3: platinum (report) or train (tune); meantime: all."),
    ] = None,
    data_dir: DataDir = None,
    predictions: Predictions = None,
    as_json: AsJson = False,
) -> None:
    """Time expressions: TIMEX3 extraction and value F1 vs published systems.

    \b
    Examples:
      storyline eval time --dataset tempeval3 --split platinum --json
      storyline eval time --dataset meantime --predictions timex.jsonl
    """
    from .evaluate.timex import evaluate_time

    split = split or {"meantime": "all"}.get(dataset, "platinum")
    result = evaluate_time(dataset, split, _data_dir(ctx, data_dir), predictions)
    _print_result(result, as_json)


@eval_app.command("quotes")
def eval_quotes(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="polnear.")] = "polnear",
    split: Annotated[str, typer.Option(help="train, dev or test.")] = "test",
    data_dir: DataDir = None,
    predictions: Predictions = None,
    as_json: AsJson = False,
) -> None:
    """Quotes and speakers: span and speaker-attributed F1 vs published systems.

    \b
    Examples:
      storyline eval quotes --dataset polnear --split test --json
    """
    from .evaluate.quotes import evaluate_quotes

    result = evaluate_quotes(dataset, split, _data_dir(ctx, data_dir), predictions)
    _print_result(result, as_json)


@eval_app.command("entities")
def eval_entities(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="meantime.")] = "meantime",
    data_dir: DataDir = None,
    as_json: AsJson = False,
) -> None:
    """Entities: people/organisation mentions vs MEANTIME, next to raw spaCy.

    \b
    Examples:
      storyline eval entities --dataset meantime --json
    """
    from .evaluate.entities import evaluate_entities

    result = evaluate_entities(dataset, _data_dir(ctx, data_dir))
    _print_result(result, as_json)


def main() -> None:
    try:
        app()
    except StorylineError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)


__all__ = ["app", "main"]
