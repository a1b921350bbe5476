"""Real processes on one SQLite database: concurrent ingests give the stories of a
sequential run, an ingest killed (kill -9) at a random moment and run again gives the
stories of a clean run, and analysis workers die with their parent."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline import api
from storyline.config import Settings
from storyline.store import open_store

pytestmark = pytest.mark.slow

# Four events, reports from several outlets, written for these tests; stories with one
# report are there so that story ids are handed out often.
REPORTS = [
    ("bridge", "Harbour bridge closed after ferry strikes pier", "2025-03-03",
     "The Kessington harbour bridge was closed on Monday after the ferry Marisol struck a "
     "support pier during fog, port director Alma Fenwick said. Divers from the Kessington "
     "coastguard inspected pier 7 and found cracks 40 centimetres deep."),
    ("bridge", "Ferry Marisol hits Kessington bridge pier in fog", "2025-03-03",
     "A ferry, the Marisol, hit pier 7 of the Kessington harbour bridge in thick fog on "
     "Monday morning. Alma Fenwick, who runs the port, said the bridge would stay shut "
     "until engineers finish checks on cracks 40 centimetres deep."),
    ("bridge", "Kessington bridge stays shut as divers check cracked pier", "2025-03-04",
     "Kessington's harbour bridge remained closed on Tuesday, a day after the Marisol "
     "ferry struck pier 7. Port director Alma Fenwick said coastguard divers had measured "
     "cracks 40 centimetres deep and that repairs could take weeks."),
    ("orchestra", "Orchestra names Ilse Marnow as principal conductor", "2025-03-04",
     "The Brevik Philharmonic named Ilse Marnow its principal conductor on Tuesday, ending "
     "an 18-month search. Marnow, 41, currently leads the Tallberg Opera and will take up "
     "the post in September 2026, board chair Oskar Lindqvist said."),
    ("orchestra", "Brevik Philharmonic picks Marnow to lead orchestra", "2025-03-04",
     "Ilse Marnow will become principal conductor of the Brevik Philharmonic in September "
     "2026, chair Oskar Lindqvist announced on Tuesday. The 41-year-old conductor of the "
     "Tallberg Opera was the players' choice after an 18-month search."),
    ("drought", "Drought cuts Lornsdale wheat harvest by a third", "2025-03-05",
     "Farmers in the Lornsdale valley expect to harvest a third less wheat this year after "
     "the driest winter since 1987, the Lornsdale Growers Union said on Wednesday. Union "
     "secretary Petra Quill said 212 farms had applied for drought relief."),
    ("drought", "Lornsdale growers warn of poor wheat crop after dry winter", "2025-03-05",
     "The Lornsdale Growers Union warned on Wednesday that the wheat harvest would be a "
     "third below normal after the driest winter since 1987. Petra Quill, its secretary, "
     "said 212 farms had sought drought relief."),
    ("museum", "Thief takes gold brooch from Orvik museum", "2025-03-06",
     "A gold brooch from the ninth century was stolen from the Orvik Maritime Museum on "
     "Thursday, curator Henrik Solberg said. Police in Orvik are studying camera footage "
     "from the hall where the brooch, found in 1952, was on display."),
    ("museum", "Ninth-century brooch stolen in Orvik", "2025-03-06",
     "Police in Orvik are looking for a thief who took a ninth-century gold brooch from "
     "the Orvik Maritime Museum on Thursday. Curator Henrik Solberg said the brooch had "
     "been on display since it was found in 1952."),
]


def _write_parts(folder: Path, parts: int) -> list[Path]:
    """The reports dealt round-robin into ``parts`` JSONL files (events cross files)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [folder / f"part{i}.jsonl" for i in range(parts)]
    for i, path in enumerate(files):
        rows = [{"id": f"r{j}", "outlet": f"Outlet {j}", "title": t, "published": d,
                 "text": x} for j, (_, t, d, x) in enumerate(REPORTS) if j % parts == i]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return files


def _partition(db: Path) -> set[frozenset[str]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT a.external_id, s.story_id FROM articles a "
                            "JOIN assignments s ON s.article_id = a.id").fetchall()
    finally:
        conn.close()
    groups: dict[int, set[str]] = {}
    for ext, sid in rows:
        groups.setdefault(sid, set()).add(ext)
    return {frozenset(g) for g in groups.values()}


def _ingest_in_process(db: Path, files: list[Path]) -> None:
    with open_store(db) as store:
        for f in files:  # one run per file, one after another
            api.ingest([str(f)], store, Settings(db=str(db), workers=1))


def _start(db: Path, files: list[Path], workers: int = 1) -> subprocess.Popen[bytes]:
    env = {**os.environ, "STORYLINE_WORKERS": str(workers)}
    return subprocess.Popen(
        [sys.executable, "-m", "storyline", "--db", str(db), "ingest", *map(str, files)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def sequential(tmp_path_factory: pytest.TempPathFactory) -> dict[int, set[frozenset[str]]]:
    root = tmp_path_factory.mktemp("sequential")
    out = {}
    for parts in (1, 2):
        db = root / f"seq{parts}.db"
        _ingest_in_process(db, _write_parts(root / f"in{parts}", parts))
        out[parts] = _partition(db)
    return out


def test_concurrent_ingests_give_the_stories_of_a_sequential_run(
    tmp_path: Path, sequential: dict[int, set[frozenset[str]]]
) -> None:
    # Two ingests into one database, started together so that their writing overlaps
    # (each process costs ~2 CPU s of start-up; a third writer meets no race two do not).
    db = tmp_path / "together.db"
    files = _write_parts(tmp_path / "in", 2)
    procs = [_start(db, [f]) for f in files]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    got = _partition(db)
    assert got == sequential[2]
    assert sum(len(g) for g in got) == len(REPORTS)
    assert got == sequential[1]  # the events, as in one batch


def _articles(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_an_ingest_killed_at_a_random_moment_then_rerun_gives_a_clean_runs_stories(
    tmp_path: Path, sequential: dict[int, set[frozenset[str]]]
) -> None:
    files = _write_parts(tmp_path / "in", 1)
    seeds = (1, 2)  # one killed ingest per seed, both running at once (~3 CPU s each)
    dbs = {seed: tmp_path / f"killed{seed}.db" for seed in seeds}
    procs = {seed: _start(dbs[seed], files) for seed in seeds}
    kill_at: dict[int, float] = {}
    deadline = time.monotonic() + 180
    while len(kill_at) < len(seeds) and time.monotonic() < deadline:
        for seed, proc in procs.items():
            if seed in kill_at:
                continue
            if proc.poll() is not None:
                kill_at[seed] = 0.0
            elif dbs[seed].exists() and _articles(dbs[seed]):
                # a random moment once writing has begun (articles, repair, saved index)
                kill_at[seed] = time.monotonic() + random.Random(seed).uniform(0.0, 0.25)
        time.sleep(0.02)  # each look opens the database: polling faster only burns CPU
    while any(p.poll() is None for p in procs.values()) and time.monotonic() < deadline:
        for seed, proc in procs.items():
            if proc.poll() is None and time.monotonic() >= kill_at.get(seed, 0.0):
                proc.send_signal(signal.SIGKILL)
        time.sleep(0.005)
    for seed in seeds:
        procs[seed].wait(timeout=60)
        _ingest_in_process(dbs[seed], files)  # the re-run
        assert _partition(dbs[seed]) == sequential[1], f"seed {seed}"
        conn = sqlite3.connect(dbs[seed])
        assert conn.execute("SELECT count(*) FROM pending_repairs").fetchone()[0] == 0
        conn.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")
def test_analysis_workers_die_with_their_parent(tmp_path: Path) -> None:
    # 36 short reports: enough for ingest to start its worker processes (32+).
    rows = [{"id": f"w{k}-{j}", "title": t, "published": d,
             "text": f"{x} (Edition {k}, item {j}.)"}
            for k in range(4) for j, (_, t, d, x) in enumerate(REPORTS)]
    source = tmp_path / "many.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = _start(tmp_path / "workers.db", [source], workers=2)

    def children() -> list[int]:
        out = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == proc.pid:
                    out.append(int(entry.name))
        return out

    deadline = time.monotonic() + 120
    kids: list[int] = []
    while proc.poll() is None and time.monotonic() < deadline and len(kids) < 2:
        kids = children()
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the ingest finished before its workers could be seen")
    time.sleep(0.5)  # let the workers run their start-up (where they ask to die with us)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 20
    alive = kids
    while alive and time.monotonic() < deadline:
        alive = [k for k in kids if Path(f"/proc/{k}").exists()
                 and "Z" not in (Path(f"/proc/{k}/stat").read_text().rsplit(")", 1)[1][:3])]
        time.sleep(0.1)
    assert not alive, f"workers still alive after their parent was killed: {alive}"
