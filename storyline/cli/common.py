"""What every command module shares: the Typer app, settings from the context, the store.

Command modules (``core``, ``evaluation``, and one per room that adds commands) import
``app`` from here and register their commands on it; ``storyline.cli`` imports them all.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer

from ..config import Settings
from ..store import Store, open_store

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


def settings_from(ctx: typer.Context, **overrides: Any) -> Settings:
    overrides.setdefault("db", ctx.obj.get("db"))
    return Settings.from_env(**overrides)


@contextmanager
def open_cli_store(settings: Settings) -> Iterator[Store]:
    store = open_store(settings.db)
    try:
        yield store
    finally:
        store.close()


def echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def progress_callback():  # type: ignore[no-untyped-def]
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
