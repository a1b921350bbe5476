"""Shared fixtures: the example articles, external data, the spaCy model, a fresh DB."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The user's two example articles (../shared/seeds); tests skip when absent."""
    path = SHARED / "seeds"
    if not (path / "000_8440e5ba6d29c95a.txt").exists():
        pytest.skip("../shared/seeds is not present")
    return path


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """External labelled datasets (../shared/data); tests skip when absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip("../shared/data is not present")
    return path


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "storyline" / "examples"


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
