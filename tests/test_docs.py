"""Docs that are tested: every CLI command and every option is documented."""

from __future__ import annotations

from pathlib import Path

import typer.main

from storyline.cli import app
from storyline.config import OPTIONS

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(cmd, "commands", None)
        names += [f"{name} {s}" for s in sub] if sub else [name]
    return names


def test_every_cli_command_is_in_the_readme_and_has_examples() -> None:
    readme = (ROOT / "README.md").read_text()
    group = typer.main.get_command(app)
    for name in _commands():
        assert f"storyline {name}" in readme or f"storyline eval {name}" in readme, name
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        if not getattr(cmd, "commands", None):
            assert "Examples:" in (cmd.help or ""), f"{name} --help has no Examples block"


def test_every_option_is_in_the_configuration_doc() -> None:
    doc = (ROOT / "docs" / "configuration.md").read_text()
    for opt in OPTIONS:
        assert f"| `{opt.name}` | `{opt.env}` |" in doc, opt.name
        assert opt.help in doc, opt.name
