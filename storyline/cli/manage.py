"""One article, and corrections of the clustering by hand: ``article``, ``move``, ``split``,
``merge``, ``delete``. Thin shells over ``storyline.api``'s correction functions."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ..store import Store
from .common import app, echo_json, open_cli_store, settings_from

JsonOpt = Annotated[bool, typer.Option("--json", help="Print as JSON.")]


def article_details(store: Store, article_id: str) -> dict[str, Any]:
    """What ``article --json`` prints: the article, where it came from, its story, the
    stored article it nearly copies and the stored articles that copy it."""
    article, analysis, assignment = store.article_item(article_id)
    return {
        "id": article.id,
        "external_id": article.external_id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "source": article.source,
        "story_id": assignment.story_id if assignment else None,
        "copy_of": assignment.copy_of if assignment else None,
        "copies": store.copies_of(article.id),
        "pinned": article.id in store.pinned_articles(),
        "sentences": len(analysis.sentences),
        "text": article.text,
    }


@app.command()
def article(ctx: typer.Context, article_id: str, as_json: JsonOpt = False) -> None:
    """Show one stored article: where it came from, its story, and which stored article it
    nearly copies (a duplicate's original) or which articles copy it.

    \b
    Examples:
      storyline article 3f9c2a1b7d4e
      storyline article 3f9c2a1b7d4e --json | jq .copy_of
    """
    with open_cli_store(settings_from(ctx), create=False) as store:
        info = article_details(store, article_id)
    if as_json:
        echo_json(info)
        return
    typer.echo(f"{info['id']}  {info['title'] or '(no title)'}")
    typer.echo(f"  outlet {info['outlet'] or '?'} · published {info['published'] or '?'}")
    typer.echo(f"  from {info['url'] or info['source']}")
    pin = " (placed by hand)" if info["pinned"] else ""
    typer.echo(f"  story {info['story_id']}{pin}")
    if info["copy_of"]:
        typer.echo(f"  nearly copies stored article {info['copy_of']}")
    if info["copies"]:
        typer.echo(f"  copied by {', '.join(info['copies'])}")


@app.command()
def move(ctx: typer.Context, article_id: str, story_id: int, as_json: JsonOpt = False) -> None:
    """Move an article into another story. The article stays there: later ingests and
    repairs do not move it back.

    \b
    Examples:
      storyline move 3f9c2a1b7d4e 12
      storyline move 3f9c2a1b7d4e 12 --json
    """
    from .. import api  # the pipeline loads when a command runs, not with --help

    with open_cli_store(settings_from(ctx), create=False) as store:
        into = api.move_article(store, article_id, story_id)
    _done(as_json, {"action": "move", "article": article_id, "story_id": into},
          f"moved {article_id} to story {into}")


@app.command()
def split(
    ctx: typer.Context, story_id: int, article_ids: list[str], as_json: JsonOpt = False
) -> None:
    """Move some articles of a story into a new story; prints the new story's id. Both
    stories keep their articles through later repairs.

    \b
    Examples:
      storyline split 7 3f9c2a1b7d4e 9a0b1c2d3e4f
      storyline split 7 3f9c2a1b7d4e --json
    """
    from .. import api  # the pipeline loads when a command runs, not with --help

    with open_cli_store(settings_from(ctx), create=False) as store:
        new_id = api.split_story(store, story_id, article_ids)
    _done(as_json, {"action": "split", "from": story_id, "story_id": new_id,
                    "articles": article_ids}, f"split into new story {new_id}")


@app.command()
def merge(ctx: typer.Context, into_id: int, from_id: int, as_json: JsonOpt = False) -> None:
    """Merge story FROM into story INTO; FROM's id then leads to INTO (in `brief`, `stories`
    and the web pages).

    \b
    Examples:
      storyline merge 4 9
      storyline merge 4 9 --json
    """
    from .. import api  # the pipeline loads when a command runs, not with --help

    with open_cli_store(settings_from(ctx), create=False) as store:
        into = api.merge_stories(store, into_id, from_id)
    _done(as_json, {"action": "merge", "from": from_id, "story_id": into},
          f"merged story {from_id} into story {into}")


@app.command()
def delete(ctx: typer.Context, article_id: str, as_json: JsonOpt = False) -> None:
    """Delete a stored article (its analysis and story membership go with it).

    \b
    Examples:
      storyline delete 3f9c2a1b7d4e
      storyline delete 3f9c2a1b7d4e --json
    """
    from .. import api  # the pipeline loads when a command runs, not with --help

    with open_cli_store(settings_from(ctx), create=False) as store:
        sid = api.delete_article(store, article_id)
    _done(as_json, {"action": "delete", "article": article_id, "story_id": sid},
          f"deleted {article_id}" + (f" from story {sid}" if sid is not None else ""))


def _done(as_json: bool, data: dict[str, Any], line: str) -> None:
    if as_json:
        echo_json(data)
    else:
        typer.echo(line)
