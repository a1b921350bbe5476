"""The ``storyline`` command: a thin shell over ``storyline.api``.

Errors from the library (``StorylineError``) are printed as one line on stderr with a
non-zero exit code, never as a traceback. Every command that prints data has ``--json``.
Each module of this package registers its commands on the shared ``app``.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

from ..errors import StorylineError
from . import core, evaluation  # noqa: F401  (registers the commands)
from .common import app


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


def main() -> None:
    try:
        app()
    except StorylineError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)


__all__ = ["app", "main"]
