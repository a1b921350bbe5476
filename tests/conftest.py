"""Shared fixtures: the example articles, external data, the spaCy model, a fresh DB."""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import inspect
import json
import os
import pickle
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# Pytest rewrites the asserts of every test module it imports (~2.5 CPU s per test process
# for this suite) and keeps the result in tests/__pycache__, unless bytecode writing is off:
# this project's machines set PYTHONDONTWRITEBYTECODE=1, so every process of every run redid
# it, and compiled storyline/ again in every process the tests start. The test processes
# write the caches (Python's own, checked against each source file's time and size); the
# product's processes and the environment are left as they are.
sys.dont_write_bytecode = False

# The suite makes hundreds of throwaway SQLite files; each commit of a fresh one (its
# migrations, a test's first writes) waits for an fsync, ~80 ms of idle wall time a database
# on this machine's disk against ~8 ms in memory. Test folders therefore go to RAM (tmpfs)
# when the machine has one; what the product writes for users is untouched.
# PYTEST_DEBUG_TEMPROOT is pytest's own switch for the root of its numbered temp folders.
_RAM = Path("/dev/shm")
if "PYTEST_DEBUG_TEMPROOT" not in os.environ and _RAM.is_dir() and os.access(_RAM, os.W_OK):
    os.environ["PYTEST_DEBUG_TEMPROOT"] = str(_RAM)


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


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL server for the session: ``STORYLINE_TEST_PG`` (a URL whose user may
    create databases) when set, else a throwaway cluster started here; skips without
    PostgreSQL's binaries or psycopg."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (storyline[postgres])")
    from storyline.store.postgres_cluster import TempCluster, find_bindir

    if os.environ.get("STORYLINE_TEST_PG"):
        yield os.environ["STORYLINE_TEST_PG"]
        return
    if find_bindir() is None:
        pytest.skip("PostgreSQL server binaries (initdb) are not installed")
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        with TempCluster() as cluster:
            yield cluster.url
        return
    # Under pytest-xdist one cluster serves every worker (each test has its own database):
    # the first worker to need it starts it and stops it at its own end, once no other
    # worker holds it. Every user holds a shared lock on ``pg.users`` for its session; the
    # owner upgrades to an exclusive one before stopping. A worker that comes after the
    # stop finds no ``pg.json`` and starts a cluster of its own.
    shared = tmp_path_factory.getbasetemp().parent
    with open(shared / "pg.users", "w") as users:
        fcntl.flock(users, fcntl.LOCK_SH)
        with open(shared / "pg.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            info = shared / "pg.json"
            cluster = None
            if info.exists():
                url = json.loads(info.read_text())["url"]
            else:
                cluster = TempCluster()
                url = cluster.start()
                info.write_text(json.dumps({"url": url}))
        try:
            yield url
        finally:
            if cluster is not None:
                fcntl.flock(users, fcntl.LOCK_EX)  # until the other users have finished
                info.unlink()
                cluster.stop()


@pytest.fixture()
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    base, _, _ = pg_server.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _built_once_per_run(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> Path:
    """A file built once for the whole test run and a private copy of it for this process.

    Under pytest-xdist every worker is its own process with its own session fixtures: the
    first worker to ask builds the file in the run's shared temporary folder (under a lock),
    the others wait for it, and each works on its own copy.
    """
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    target = shared / name
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.exists():
            partial = shared / f"partial-{os.getpid()}-{name}"
            build(partial)
            os.replace(partial, target)
    mine = tmp_path_factory.mktemp(Path(name).stem) / name
    shutil.copy(target, mine)
    return mine


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    """The example corpus ingested once per test run (read-only: copy it to change it)."""
    from storyline import api
    from storyline.config import Settings
    from storyline.store import open_store

    def build(path: Path) -> None:
        with open_store(path) as store:
            api.ingest([str(examples_dir)], store, Settings(db=str(path), workers=1))
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[attr-defined]

    return _built_once_per_run(tmp_path_factory, "examples.db", build)


@pytest.fixture(autouse=True, scope="session")
def _quiet_test_servers() -> Iterator[None]:
    """The tests' local HTTP servers run in threads of this process; a client that hangs up
    on purpose (a timeout test) makes socketserver print a traceback to stderr, which would
    land in whatever CLI output another test is capturing at that moment."""
    import socketserver

    original = socketserver.BaseServer.handle_error
    socketserver.BaseServer.handle_error = lambda self, request, address: None  # type: ignore[method-assign]
    # ``shutdown()`` waits for ``serve_forever`` to notice, which it checks every
    # poll_interval (0.5 s by default): half a second per server torn down, paid by every
    # test that runs one. The product itself serves nothing with socketserver.
    poll = socketserver.BaseServer.serve_forever.__defaults__
    socketserver.BaseServer.serve_forever.__defaults__ = (0.02,)
    yield
    socketserver.BaseServer.handle_error = original  # type: ignore[method-assign]
    socketserver.BaseServer.serve_forever.__defaults__ = poll


@pytest.fixture(autouse=True, scope="session")
def _cli_built_once_per_process() -> Iterator[None]:
    """typer's ``CliRunner.invoke`` turns the whole Typer app into a click command on every
    call, reading every command's type hints again (about 30 ms for this CLI; the suite
    invokes it about 230 times). The click command is built once per test process and
    reused, as the console script builds it once per process; each invocation still gets a
    fresh click context, environment and streams."""
    import typer.testing

    original = typer.testing._get_command
    built: dict[int, tuple[Any, Any]] = {}

    def get_command(app: Any) -> Any:
        if id(app) not in built:  # the app is kept too, so that its id stays its own
            built[id(app)] = (app, original(app))
        return built[id(app)][1]

    typer.testing._get_command = get_command
    yield
    typer.testing._get_command = original


@pytest.fixture(autouse=True, scope="session")
def _analyses_shared_within_the_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each distinct article is analysed once per test run, not once per test.

    Many tests ingest the same texts (the example corpus above all, about 6 CPU s of
    parsing a time); the analysis is a pure function of the article (spaCy's results do not
    depend on what else is in the batch), so ``analyze_many`` on a list keeps each article's
    first analysis for the run and hands out copies. The first analysis is always the real
    one, made by the code under test in this run; nothing is kept between runs. Under
    pytest-xdist the analyses are shared between the worker processes through the run's
    temporary folder (a worker asking for a batch that another is analysing waits for it
    instead of parsing it too). Analysis worker processes (``n_process`` > 1), a batch
    size other than the default, streamed (non-list) input, ``analyze`` of one article and
    every subprocess the tests start analyse afresh. ``STORYLINE_TEST_FRESH_ANALYSES=1``
    turns all of this off, to check that the suite passes without it.
    """
    if os.environ.get("STORYLINE_TEST_FRESH_ANALYSES"):
        yield
        return
    from storyline import nlp
    from storyline.nlp import pipeline
    from storyline.records import Analysis, Article

    original = pipeline.analyze_many
    default_batch = inspect.signature(original).parameters["batch_size"].default
    kept: dict[str, Analysis] = {}
    frozen: dict[str, bytes] = {}
    shared: Path | None = None
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = tmp_path_factory.getbasetemp().parent / "analyses"
        shared.mkdir(exist_ok=True)

    def analyse_new(new: dict[str, Article], batch_size: int) -> None:
        if shared is None:
            kept.update(zip(new, original(list(new.values()), batch_size=batch_size),
                            strict=True))
            return
        files = {k: shared / f"{hashlib.sha256(k.encode()).hexdigest()}.pickle" for k in new}

        def load() -> list[str]:
            for key, file in files.items():
                if key not in kept and file.exists():
                    kept[key] = pickle.loads(file.read_bytes())
            return [k for k in new if k not in kept]

        # Each article has its own lock, held by the process analysing it: a process claims
        # the articles nobody is analysing, analyses them in one batch, then waits for the
        # others' (two tests asking at once for overlapping sets, such as the whole example
        # corpus and the corpus without its held-out part, share the overlap). Locks are
        # claimed a few hundred at a time, to stay well inside a process's open-file limit.
        todo = load()
        for start in range(0, len(todo), 256):
            mine: list[str] = []
            locks = []
            try:
                for key in todo[start:start + 256]:
                    lock = open(files[key].with_suffix(".lock"), "w")  # noqa: SIM115
                    try:
                        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except BlockingIOError:
                        lock.close()  # another process is analysing it
                        continue
                    locks.append(lock)
                    if not files[key].exists():  # else finished since load(): read below
                        mine.append(key)
                made = original([new[k] for k in mine], batch_size=batch_size) if mine else []
                for key, analysis in zip(mine, made, strict=True):
                    kept[key] = analysis
                    partial = files[key].with_suffix(f".{os.getpid()}.partial")
                    partial.write_bytes(pickle.dumps(analysis))
                    os.replace(partial, files[key])
            finally:
                for lock in locks:
                    lock.close()
        for key in todo:
            if key in kept:
                continue
            with open(files[key].with_suffix(".lock"), "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # until its analyser has written it
                if files[key].exists():
                    kept[key] = pickle.loads(files[key].read_bytes())
                else:  # its analyser failed or died: analyse it here
                    kept[key] = next(original([new[key]], batch_size=batch_size))

    def analyze_many(
        articles: Iterable[Article], *, batch_size: int = 16, n_process: int = 1
    ) -> Iterator[Analysis]:
        plain = n_process == 1 and batch_size == default_batch
        if not plain or not isinstance(articles, list | tuple):
            yield from original(articles, batch_size=batch_size, n_process=n_process)
            return
        # An article is a flat record of strings: its fields in order are its identity.
        keys = [json.dumps([getattr(a, f.name) for f in dataclasses.fields(a)])
                for a in articles]
        new = {k: a for k, a in zip(keys, articles, strict=True) if k not in kept}
        if new:
            analyse_new(new, batch_size)
        for key in keys:  # a fresh copy for each caller (a pickle round trip: ~5x deepcopy)
            if key not in frozen:
                frozen[key] = pickle.dumps(kept[key], pickle.HIGHEST_PROTOCOL)
            yield pickle.loads(frozen[key])

    def patch(replacement: Any) -> None:
        for name, module in list(sys.modules.items()):
            if name.startswith("storyline") and name != pipeline.__name__ and getattr(
                module, "analyze_many", None
            ) in (original, analyze_many):
                module.analyze_many = replacement  # type: ignore[attr-defined]

    assert nlp.analyze_many is original
    # Modules imported later bind the patched name from storyline.nlp. The pipeline module
    # keeps its own: ``analyze`` (one article) always parses afresh, so tests comparing it
    # with a batch compare two real analyses.
    patch(analyze_many)
    yield
    patch(original)


# Tests that take seconds each (they start processes: a wheel install, Ray, concurrent or
# killed ingests, two PostgreSQL clients, a browser; or they are the first to analyse a
# corpus). Their modules run first, so that under pytest-xdist (``--dist loadscope`` in the
# Makefile: whole modules to whichever process is free) the long ones spread over the
# workers at the start and the many short modules fill the gaps at the end, instead of one
# long test finishing alone after all the others. A name missing here only makes its
# module start later.
LONG_TESTS = (
    "test_backfill.py::test_ray_backfill_of_warc_files_gives_the_stories_of_ingest",
    "test_web_browser.py::",
    "test_wheel.py::test_the_installed_wheel_runs_the_demo",
    "test_assign_processes.py::test_concurrent_ingests_give_the_stories_of_a_sequential_run",
    "test_postgres_end_to_end.py::test_two_ingest_processes_at_once_lose_and_double_nothing",
    "test_api.py::test_story_ids_survive_later_batches",
    "test_eval_clustering.py::test_ecbplus_dev_slice_separates_the_two_events_of_each_topic",
    "test_cli.py::test_process_ingests_stdin_and_lists_the_story",
    "test_migrate.py::test_migrate_round_trip_keeps_every_table_and_later_ingests_agree",
    "test_examples.py::",
    "test_hardening_fuzz.py::test_mutated_batches_never_escape_and_lose_only_the_bad_record",
    "test_web.py::test_every_story_and_article_page_renders",
    "test_backfill_windows.py::test_windowed_assignment_gives_the_sequential_stories",
    "test_reconcile_examples.py::",
    "test_trade_service.py::",
    "test_hashing.py::test_hashing_equals_the_libraries_on_ecbplus_train",
)


def _start_rank(item: pytest.Item) -> int:
    name = item.nodeid.rpartition("/")[2]
    for rank, prefix in enumerate(LONG_TESTS):
        if name.startswith(prefix):
            return rank
    return len(LONG_TESTS) + (0 if item.get_closest_marker("slow") else 1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules with long tests first (the longest first), then modules with tests marked
    slow, then the rest; each module's tests keep their order."""
    module_rank: dict[str, int] = {}
    for item in items:
        module = item.nodeid.partition("::")[0]
        module_rank[module] = min(module_rank.get(module, 10**6), _start_rank(item))
    items.sort(key=lambda item: module_rank[item.nodeid.partition("::")[0]])  # stable
