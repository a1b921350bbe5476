"""What every command module shares: the Typer app, settings from the context, the store.

Command modules (``core``, ``evaluation``, and one per room that adds commands) import
``app`` from here and register their commands on it; ``storyline.cli`` imports them all.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from ..config import Settings, parse_min_confidence
from ..errors import ConfigError, StoreError, StorylineError
from ..store import Store, open_store

HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}


class _Group(TyperGroup):
    """The top-level group: ``--db`` is also accepted after the subcommand
    (``storyline stories --db news.db``), by moving it in front before parsing."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # ctx: a click Context
        return super().parse_args(ctx, hoist_global_options(args))

    def invoke(self, ctx: Any) -> Any:
        """Library errors become one line on stderr and an exit code, never a traceback:
        2 for a setting that cannot be used (like any usage error), 1 otherwise."""
        try:
            return super().invoke(ctx)
        except StorylineError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2 if isinstance(exc, ConfigError) else 1) from None


def hoist_global_options(args: list[str]) -> list[str]:
    """``args`` with every ``--db VALUE`` / ``--db=VALUE`` moved to the front (up to ``--``)."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        if arg == "--db" and i + 1 < len(args):
            front += args[i : i + 2]
            i += 2
            continue
        if arg.startswith("--db="):
            front.append(arg)
        else:
            rest.append(arg)
        i += 1
    return front + rest


app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings=HELP_OPTIONS,
)
eval_app = typer.Typer(
    help="Measure quality on labelled data nobody here wrote.", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")


def settings_from(ctx: typer.Context, **overrides: Any) -> Settings:
    """Defaults, then ``STORYLINE_*``, then ``--db`` and the command's own options; a bad
    environment value is a ``ConfigError`` (one line, exit 2)."""
    obj = ctx.find_root().obj or {}
    overrides.setdefault("db", obj.get("db"))
    return Settings.from_env(**overrides)


def _check_min_confidence(value: str | None) -> str | None:
    if value is not None:
        try:
            parse_min_confidence(value)
        except ValueError as exc:
            raise typer.BadParameter(f"{value!r}: {exc}") from None
    return value


# Passed to ``settings_from(ctx, min_confidence=...)``: the flag beats the variable.
MinConfidenceOpt = Annotated[
    str | None,
    typer.Option(
        "--min-confidence",
        metavar="<model|0-1>",
        callback=_check_min_confidence,
        help="Candidate disagreements below this confidence are held back as possible: "
        "'model' (the confidence model's own threshold) or a number from 0 (none held "
        "back) to 1 [env STORYLINE_MIN_CONFIDENCE; default model].",
    ),
]


@contextmanager
def open_cli_store(settings: Settings, *, create: bool = True) -> Iterator[Store]:
    """The store ``settings.db`` names; ``create=False`` for commands that only read, so
    that a database that does not exist is an error instead of a new empty file."""
    try:
        store = open_store(settings.db, create=create)
    except StoreError as exc:  # the database the user named cannot be used: a bad setting
        raise ConfigError(str(exc)) from None
    try:
        yield store
    finally:
        store.close()


class _StderrHandler(logging.Handler):
    """Writes to the current ``sys.stderr`` (which tests and CliRunner swap)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # a closed stream must not break the command
            self.handleError(record)


class _OwnLogsOnly(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.name.split(".")[0] == "storyline"


def configure_logging(verbose: bool) -> None:
    """Storyline's errors on stderr; with ``verbose``, every library's INFO lines too.

    Third-party libraries (trafilatura's "parsed tree length" errors, warnings from
    spaCy or scipy) stay silent unless ``-v``: what they report about an input
    already reaches the user as that input's one-line rejection.
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _StderrHandler)]:
        root.removeHandler(old)
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    if not verbose:
        handler.addFilter(_OwnLogsOnly())
        handler.setLevel(logging.ERROR)
    root.addHandler(handler)
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    logging.captureWarnings(True)


def echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def progress_callback() -> tuple[Any, Callable[[str, int, int], None] | None]:
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
