"""The core commands: ingest, stories, brief, search, report, demo."""

from __future__ import annotations

import shutil
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..demo import EXAMPLES, run_demo
from ..output import check_output_path, write_output
from . import selection as listing
from .common import (
    MinConfidenceOpt,
    app,
    echo_json,
    open_cli_store,
    progress_callback,
    settings_from,
)

if TYPE_CHECKING:  # the pipeline (spaCy, the story index) loads when a command needs it
    from ..api import IngestReport


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
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            "-x",
            help="Leave out files or folders matching this glob (name or path inside a "
            "given folder); repeatable. What is left out is reported.",
        ),
    ] = None,
    no_fetch: Annotated[
        bool,
        typer.Option("--no-fetch", help="Feeds: store each entry's text; fetch no linked page."),
    ] = False,
) -> None:
    """Read articles, assign them to stories and store them (idempotent).

    Exit code 0 when anything was read, even if some inputs were rejected; 1 otherwise.
    Every file found in a folder is read, a README.md too, unless --exclude names it;
    files left out (by --exclude, or hidden) are listed as skipped.

    \b
    Examples:
      storyline ingest news/
      storyline ingest dump.jsonl feed.rss page.html --json
      storyline ingest corpus/ --exclude README.md --exclude 'drafts/*'
      cat article.txt | storyline ingest -
    """
    from .. import api

    settings = settings_from(
        ctx, allow_private=allow_private or None, fetch_feed_links=False if no_fetch else None
    )
    bar, update = progress_callback()
    excluded = tuple(exclude or ())
    with open_cli_store(settings) as store:
        if bar:
            with bar:
                report = api.ingest(sources, store, settings, progress=update, exclude=excluded)
        else:
            report = api.ingest(sources, store, settings, exclude=excluded)
        from ..watch import evaluate as raise_alerts

        raise_alerts(store, report.stories, settings)  # watchlists: what changed
    if as_json:
        echo_json(ingest_summary(report))
    else:
        typer.echo(
            f"added {report.added}, duplicates {report.duplicates}, "
            f"rejected {len(report.rejected)}, skipped {len(report.skipped)}"
        )
        for r in report.rejected:
            typer.echo(f"rejected: {r.source}: {r.reason}", err=True)
        for r in report.skipped:
            typer.echo(f"skipped: {r.source}: {r.reason}", err=True)
    raise typer.Exit(0 if report.read else 1)


def ingest_summary(report: IngestReport) -> dict[str, Any]:
    """What ``ingest --json`` prints (every field is listed in docs/json.md)."""
    return {
        "added": report.added,
        "duplicates": report.duplicates,
        "revised": len(report.revised),
        "rejected": [r.to_dict() for r in report.rejected],
        "skipped": [r.to_dict() for r in report.skipped],
        "stories": report.stories,
        "changes": report.changes,
    }


@app.command()
def stories(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    since: listing.SinceOpt = None,
    until: listing.UntilOpt = None,
    outlet: listing.OutletOpt = None,
    person: listing.PersonOpt = None,
    text: listing.TextOpt = None,
    min_outlets: listing.MinOutletsOpt = 0,
    limit: listing.LimitOpt = None,
    newest: listing.NewestOpt = False,
    as_csv: listing.CsvOpt = False,
) -> None:
    """List the stories with their articles (in id order; filtered, newest activity first).

    \b
    Examples:
      storyline stories
      storyline stories --json | jq '.[0].articles'
      storyline stories --since 2026-06-01 --outlet "Harbour Post" --min-outlets 3
      storyline stories --person "Katrin Vossberg" --text tariff --limit 5 --csv
    """
    f = listing.story_filter(since, until, outlet, person, text, min_outlets)
    with open_cli_store(settings_from(ctx), create=False) as store:
        found = listing.selected_stories(store, f, limit=limit, newest=newest)
    if as_csv:
        from ..export import stories_csv

        typer.echo(stories_csv(found), nl=False)
        return
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
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Write the sourced brief of one story (Markdown, standalone HTML, or JSON).

    \b
    Examples:
      storyline brief 1
      storyline brief 1 --format json
      storyline brief 1 --format html --out story1.html
      storyline brief 1 --min-confidence 0
    """
    from ..brief import render_html, render_json, render_markdown

    if out:
        check_output_path(out)
    from .. import api

    settings = settings_from(ctx, min_confidence=min_confidence)
    with open_cli_store(settings, create=False) as store:
        b = api.story_brief(store, story_id, min_confidence=settings.confidence_threshold)
    render = {Format.md: render_markdown, Format.html: render_html, Format.json: render_json}
    text = render[fmt](b)
    if out:
        write_output(out, text)
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
    with open_cli_store(settings_from(ctx), create=False) as store:
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
    story: listing.StoryOpt = None,
    since: listing.SinceOpt = None,
    until: listing.UntilOpt = None,
    outlet: listing.OutletOpt = None,
    person: listing.PersonOpt = None,
    text: listing.TextOpt = None,
    min_outlets: listing.MinOutletsOpt = 0,
    limit: listing.LimitOpt = None,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Write one static HTML page with the brief of every story, or of a selection.

    \b
    Examples:
      storyline report --out report.html
      storyline report --story 3 --story 5 --out two.html
      storyline report --since 2026-06-01 --min-outlets 3 --out june.html
    """
    from .. import api

    check_output_path(out)
    f = listing.story_filter(since, until, outlet, person, text, min_outlets)
    settings = settings_from(ctx, min_confidence=min_confidence)
    with open_cli_store(settings, create=False) as store:
        chosen = listing.selected_stories(store, f, limit=limit, story_ids=story)
        briefs = api.write_report(store, out, stories=chosen,
                                  min_confidence=settings.confidence_threshold)
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
    exist yet), ingests the examples (all but the corpus's EXPECTED.md / README.md),
    prints every story's brief as Markdown, and writes a static HTML report.

    \b
    Examples:
      storyline demo --out demo-report.html
    """
    from ..brief import render_markdown

    check_output_path(out)  # before the ingest, not after it
    settings = settings_from(ctx)
    bar, update = progress_callback()
    named = (ctx.find_root().obj or {}).get("db")
    if bar:
        with bar:
            result = run_demo(settings, out, named_db=named, examples=examples, progress=update)
    else:
        result = run_demo(settings, out, named_db=named, examples=examples)
    width = min(shutil.get_terminal_size().columns, 100)
    for b in result.briefs:
        typer.echo("=" * width)
        typer.echo(render_markdown(b))
    typer.echo("=" * width)
    typer.echo(
        f"{result.report.added} articles, {len(result.briefs)} stories, "
        f"{len(result.report.rejected)} rejected; report written to {out} "
        f"(database {result.db})"
    )
