"""The core commands: ingest, stories, brief, search, report, demo."""

from __future__ import annotations

import shutil
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .. import api
from ..errors import StorylineError
from .common import app, echo_json, open_cli_store, progress_callback, settings_from

# The example corpus ships inside the package, so an installed wheel can run the demo.
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class Format(StrEnum):
    md = "md"
    html = "html"
    json = "json"


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
    settings = settings_from(ctx, allow_private=allow_private or None)
    bar, update = progress_callback()
    with open_cli_store(settings) as store:
        if bar:
            with bar:
                report = api.ingest(sources, store, settings, progress=update)
        else:
            report = api.ingest(sources, store, settings)
    if as_json:
        echo_json(
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
    with open_cli_store(settings_from(ctx)) as store:
        found = store.stories()
    if as_json:
        echo_json([s.to_dict() for s in found])
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
    from ..brief import render_html, render_json, render_markdown

    with open_cli_store(settings_from(ctx)) as store:
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
    with open_cli_store(settings_from(ctx)) as store:
        hits = store.search(query, limit)
    if as_json:
        echo_json([h.to_dict() for h in hits])
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
    with open_cli_store(settings_from(ctx)) as store:
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
    from ..brief import render_markdown

    settings = settings_from(ctx, db=ctx.obj.get("db") or "demo.db")
    if ctx.obj.get("db"):
        if Path(settings.db).exists():  # never wipe a database the user named
            raise StorylineError(
                f"{settings.db} exists; the demo needs a fresh database: "
                "pass a new --db path, or omit --db to use demo.db"
            )
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(settings.db + suffix).unlink(missing_ok=True)
    bar, update = progress_callback()
    with open_cli_store(settings) as store:
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
