"""The demo: the whole pipeline on the example corpus that ships inside the package.

``run_demo`` picks a fresh database (``demo.db``, recreated each run, or a path the user
named that must not exist yet: a database the user named is never wiped), ingests the
bundled examples, and writes the HTML report. The ``storyline demo`` command prints what it
returns. The example corpus is package data, so an installed wheel runs the demo too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Settings
from .errors import ConfigError
from .store import open_store, sqlite_path

if TYPE_CHECKING:  # the pipeline is imported when the demo runs, not with the CLI
    from .api import IngestReport, Progress
    from .brief import Brief

# The example corpus (storyline/examples), its documentation files (not articles), and its
# held-out part (scored, never tuned on; see docs/benchmarks.md).
EXAMPLES = Path(__file__).resolve().parent / "examples"
EXAMPLE_DOCS: tuple[str, ...] = ("EXPECTED.md", "README.md")
HELDOUT = "heldout"
DEMO_DB = "demo.db"


@dataclass
class DemoResult:
    db: str
    report: IngestReport
    briefs: list[Brief]
    out: Path


def fresh_demo_db(named: str | None) -> str:
    """The database the demo may write: ``demo.db`` (its old files removed), or ``named``
    when it does not exist yet. A database the user named that exists is refused."""
    if named is None:
        for suffix in ("", "-wal", "-shm"):
            Path(DEMO_DB + suffix).unlink(missing_ok=True)
        return DEMO_DB
    path = sqlite_path(named)
    if path is not None and path != ":memory:" and Path(path).exists():
        raise ConfigError(
            f"{named} exists; the demo needs a fresh database: "
            "pass a new --db path, or omit --db to use demo.db"
        )
    return named


def run_demo(
    settings: Settings,
    out: Path,
    *,
    named_db: str | None = None,
    examples: Path = EXAMPLES,
    progress: Progress | None = None,
) -> DemoResult:
    """Ingest the example corpus into a fresh database and write the HTML report to ``out``.

    ``named_db`` is the database the user asked for (None: ``demo.db``). Only the corpus's
    own documentation files are left out; every article, held-out part included, is read.
    """
    from . import api

    db = fresh_demo_db(named_db)
    settings = replace(settings, db=db)
    store = open_store(db)
    try:
        report = api.ingest(
            [str(examples)], store, settings, progress=progress, exclude=EXAMPLE_DOCS
        )
        briefs = api.write_report(store, out, title="Storyline demo: the example corpus",
                                  min_confidence=settings.confidence_threshold)
    finally:
        store.close()
    return DemoResult(db, report, briefs, out)
