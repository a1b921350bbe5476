"""The ``storyline`` command: a thin shell over ``storyline.api``.

Errors from the library (``StorylineError``) are printed as one line on stderr with a
non-zero exit code, never as a traceback. Every command that prints data has ``--json``.
Each module of this package registers its commands on the shared ``app``.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .. import __version__
from ..errors import ConfigError, StorylineError
from . import core, coverage, evaluation, listing, manage, reanalysis, scale, trade, watch, web  # noqa: F401  (registers the commands)
from .common import app, configure_logging


def _version(value: bool) -> None:
    if value:
        typer.echo(f"storyline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Database: a SQLite file, sqlite:///file.db or postgresql://… "
            "(also after the command) [env STORYLINE_DB; default storyline.db]",
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log progress, and other libraries' logs.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
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
    configure_logging(verbose)
    ctx.obj = {"db": db, "verbose": verbose}


def main() -> None:
    """The console script: what ``app`` does, plus a last guard so that even a bug shows
    as one line (the traceback only with ``-v``)."""
    verbose = any(a in ("-v", "--verbose") for a in sys.argv[1:])
    try:
        app()
    except StorylineError as exc:  # raised outside a command (e.g. while parsing)
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2 if isinstance(exc, ConfigError) else 1)
    except Exception as exc:
        if verbose:
            raise
        typer.echo(
            f"error: internal error ({type(exc).__name__}: {' '.join(str(exc).split())}); "
            "run again with -v for the details, and please report it",
            err=True,
        )
        sys.exit(1)


__all__ = ["app", "main"]
