"""Settings from the environment and flags: the ``min_confidence`` threshold (the word
``model`` or a number from 0 to 1), refused with one line naming the variable or flag."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.config import Settings
from storyline.errors import ConfigError

ENV = "STORYLINE_MIN_CONFIDENCE"


@pytest.mark.parametrize(
    ("raw", "stored", "threshold"),
    [("model", "model", None), (" Model ", "model", None), ("0", 0.0, 0.0),
     ("0.7", 0.7, 0.7), ("1", 1.0, 1.0)],
)
def test_min_confidence_is_model_or_a_number_from_0_to_1(
    raw: str, stored: object, threshold: float | None
) -> None:
    settings = Settings.from_env({ENV: raw})
    assert settings.min_confidence == stored
    assert settings.confidence_threshold == threshold


def test_min_confidence_defaults_to_the_models_threshold_and_a_flag_beats_the_variable() -> None:
    assert Settings.from_env({}).min_confidence == "model"
    assert Settings.from_env({}).confidence_threshold is None
    assert Settings.from_env({ENV: "0.9"}, min_confidence="0.2").confidence_threshold == 0.2
    assert Settings.from_env({ENV: "0.9"}, min_confidence=None).confidence_threshold == 0.9
    assert Settings(min_confidence=0.25).confidence_threshold == 0.25


@pytest.mark.parametrize(
    ("raw", "reason"),
    [("abc", "not 'model' or a number from 0 to 1"), ("-0.1", "must be from 0 to 1"),
     ("1.5", "must be from 0 to 1"), ("nan", "not 'model' or a number from 0 to 1"),
     ("", "not 'model' or a number from 0 to 1")],
)
def test_a_bad_min_confidence_names_the_variable_and_the_reason(raw: str, reason: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({ENV: raw})
    assert str(caught.value) == f"{ENV}={raw!r}: {reason}"
    with pytest.raises(ConfigError, match="min_confidence"):
        Settings(min_confidence=raw)  # built by a caller, not from the environment


@pytest.mark.parametrize("command", ["brief 1", "report", "discrepancies", "serve"])
def test_a_bad_min_confidence_flag_or_variable_is_one_line_and_exit_code_2(
    command: str, tmp_path: Path
) -> None:
    db = str(tmp_path / "none.db")  # never opened: the value is refused first
    flag = CliRunner().invoke(app, ["--db", db, *command.split(), "--min-confidence", "lots"],
                              env={ENV: None})
    assert flag.exit_code == 2
    assert "Invalid value for '--min-confidence': 'lots': not 'model' or a number" in flag.output
    if command != "serve":  # (a serve that took the value would not return)
        env = CliRunner().invoke(app, ["--db", db, *command.split()], env={ENV: "2"})
        assert env.exit_code == 2
        assert env.stderr == f"error: {ENV}='2': must be from 0 to 1\n"
    assert not Path(db).exists()
