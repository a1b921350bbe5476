"""In-process ``storyline --db DB ARGS`` for the tests (STORYLINE_DB unset, so only the
given database is used)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from storyline.cli import app


def cli(db: Path | str, *args: str) -> Any:
    """The CliRunner result of ``storyline --db DB ARGS``."""
    return CliRunner().invoke(
        app, ["--db", str(db), *args], env={"STORYLINE_DB": None}, catch_exceptions=False
    )


def out(db: Path | str, *args: str) -> Any:
    """The parsed JSON output of a command that must succeed."""
    result = cli(db, *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)
