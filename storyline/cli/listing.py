"""Listings and exports: ``articles``, ``quotes`` and ``discrepancies`` (CSV or JSON)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..export import articles_csv, discrepancies_csv, listed_discrepancies, quotes_csv
from ..export.select import check_filters
from ..store.queries import StoryFilter
from .common import MinConfidenceOpt, app, echo_json, open_cli_store, settings_from
from .selection import (
    CsvOpt,
    JsonOpt,
    LimitOpt,
    MinOutletsOpt,
    OutletOpt,
    PersonOpt,
    SinceOpt,
    StoryOpt,
    TextOpt,
    UntilOpt,
    briefs_of,
    selected_stories,
    story_filter,
)


@app.command()
def articles(
    ctx: typer.Context,
    story: Annotated[
        int | None, typer.Option("--story", "-s", help="One story's articles.")
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="One outlet's articles.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Published on/after YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Published on/before YYYY-MM-DD.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most N articles.")] = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """List stored articles, newest ingested first: where each came from (source, URL),
    its story, the stored article it nearly copies, and how many texts it has had.

    \b
    Examples:
      storyline articles --limit 20
      storyline articles --story 3 --json
      storyline articles --outlet "Harbour Post" --since 2026-06-01 --csv > articles.csv
    """
    check_filters(StoryFilter(since=since, until=until))
    with open_cli_store(settings_from(ctx), create=False) as store:
        if story is not None:
            # A merged story's old id leads on; an unknown id is a one-line error.
            story = store.story(store.resolve_story_id(story)).id
        rows = store.article_rows(
            story_id=story, outlet=outlet, since=since, until=until, limit=limit
        )
    if as_csv:
        typer.echo(articles_csv(rows), nl=False)
    elif as_json:
        echo_json([r.to_dict() for r in rows])
    else:
        for r in rows:
            extra = f" · copy of {r.copy_of}" if r.copy_of else ""
            extra += f" · {r.revisions} revisions" if r.revisions > 1 else ""
            typer.echo(f"{r.id}  story {r.story_id}  {r.outlet or '?'}  {r.title or ''}")
            typer.echo(f"      {(r.published or '?')[:10]} · {r.url or r.source}{extra}")


@app.command()
def quotes(
    ctx: typer.Context,
    story: StoryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    outlet: OutletOpt = None,
    person: PersonOpt = None,
    text: TextOpt = None,
    min_outlets: MinOutletsOpt = 0,
    limit: LimitOpt = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """The quotes of the selected stories (all stories by default), each wording with
    its outlet and the sentence it came from.

    \b
    Examples:
      storyline quotes --story 1
      storyline quotes --person "Katrin Vossberg" --csv > quotes.csv
    """
    f = story_filter(since, until, outlet, person, text, min_outlets)
    settings = settings_from(ctx)
    with open_cli_store(settings, create=False) as store:
        briefs = briefs_of(store, selected_stories(store, f, limit=limit, story_ids=story),
                           min_confidence=settings.confidence_threshold)
    if as_csv:
        typer.echo(quotes_csv(briefs), nl=False)
    elif as_json:
        echo_json([{"story_id": b.story.id, **q.to_dict()} for b in briefs for q in b.quotes])
    else:
        for b in briefs:
            for q in b.quotes:
                for v in q.variants:
                    typer.echo(f"story {b.story.id}  {q.speaker or '?'} ({v.outlet}): “{v.text}”")


@app.command()
def discrepancies(
    ctx: typer.Context,
    story: StoryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    outlet: OutletOpt = None,
    person: PersonOpt = None,
    text: TextOpt = None,
    min_outlets: MinOutletsOpt = 0,
    limit: LimitOpt = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
    possible: Annotated[bool, typer.Option(
        "--possible", help="Also list the candidates held back (below --min-confidence), "
                           "marked (JSON/CSV: held_back).")] = False,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Where the outlets of the selected stories disagree (all stories by default): each
    value with the outlet and sentence that give it.

    \b
    Examples:
      storyline discrepancies --story 1
      storyline discrepancies --min-outlets 3 --csv > discrepancies.csv
      storyline discrepancies --story 1 --possible --json
      storyline discrepancies --story 1 --min-confidence 0.3
    """
    f = story_filter(since, until, outlet, person, text, min_outlets)
    settings = settings_from(ctx, min_confidence=min_confidence)
    with open_cli_store(settings, create=False) as store:
        briefs = briefs_of(store, selected_stories(store, f, limit=limit, story_ids=story),
                           min_confidence=settings.confidence_threshold)
    if as_csv:
        typer.echo(discrepancies_csv(briefs, possible=possible), nl=False)
    elif as_json:
        echo_json([{"story_id": b.story.id, **d.to_dict(), **({"held_back": held} if possible
                                                              else {})}
                   for b in briefs for d, held in listed_discrepancies(b, possible)])
    else:
        for b in briefs:
            for d, held in listed_discrepancies(b, possible):
                values = " vs ".join(v.value for v in d.values)
                typer.echo(f"story {b.story.id}  {'possible: ' if held else ''}{d.kind} — "
                           f"{d.about}: {values}")

