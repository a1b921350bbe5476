"""``reanalyse``: stored articles get the current NLP. A thin shell over
``storyline.reanalyse.reanalyse``."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import app, echo_json, open_cli_store, progress_callback, settings_from


@app.command()
def reanalyse(
    ctx: typer.Context,
    everything: Annotated[
        bool, typer.Option("--all", help="Analyse every stored article again, not only "
                                         "those an older analyser version made.")
    ] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Analyse at most N articles "
                                                        "(oldest first); run again for more.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Analyse stored articles again with this version's NLP (people, quotes, figures,
    dates), after an upgrade: articles analysed by an older version are redone, the rest
    are skipped. The people index is refreshed and the stories' briefs are rebuilt on
    their next view. Story assignments are not changed (no re-clustering). Each batch is
    saved in one transaction, so an interrupted run is safe to start again; an article
    that cannot be analysed is reported with its id and keeps its old analysis (exit code
    1 only when every article tried failed).

    \b
    Examples:
      storyline reanalyse
      storyline reanalyse --limit 1000
      storyline --db postgresql://news@db.internal/news reanalyse --all --json
    """
    from ..reanalyse import reanalyse as run  # the NLP loads when the command runs

    settings = settings_from(ctx)
    bar, update = progress_callback()
    with open_cli_store(settings, create=False) as store:
        if bar:
            with bar:
                report = run(store, everything=everything, limit=limit,
                             workers=settings.workers, progress=update)
        else:
            report = run(store, everything=everything, limit=limit, workers=settings.workers)
    if as_json:
        echo_json(report.summary())
    else:
        typer.echo(
            f"reanalysed {report.reanalysed}, skipped {report.skipped}, "
            f"failed {len(report.failed)}, stories touched {len(report.stories)}"
            + (f", {report.remaining} left for another run" if report.remaining else "")
        )
        for failure in report.failed:
            typer.echo(f"  failed {failure.id}: {failure.reason}", err=True)
    if report.failed and not report.reanalysed:  # as ingest: 0 when anything was done
        raise typer.Exit(1)
