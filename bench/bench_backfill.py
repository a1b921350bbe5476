"""Benchmark the backfill against a plain ingest of the same articles.

Usage: nice .venv/bin/python bench/bench_backfill.py [--articles 120] [--files 4]
       [--runs ingest local:1 local:2 ray:1 ray:2]

Input: real news articles, the PolNeAR *train* texts in ../shared/data (read at run time,
never copied), written as ``--files`` JSONL files in a temporary folder. Each run starts
from an empty SQLite database (and an empty shard folder): ``ingest`` is the single-process
ingest (``workers=1``); ``ENGINE:N`` is ``run_backfill`` with that engine and N workers.
Prints one JSON object: per run the wall seconds (analysis and load apart for backfills),
articles/s, the ratio to the ingest, CPU milliseconds per article (the ingest's process;
the backfill's workers for the analysis, its loader for the load: steadier than the wall
clock on a shared machine) and the load averages (1, 5, 15 min) at its start and end;
``scaling_2_vs_1``: each engine's articles/s with 2 workers over 1; the load average at
start and end of the whole bench, and a warning when it exceeded the cores (the figures
then measure the scheduler as much as the backfill). Run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storyline import api  # noqa: E402
from storyline.backfill import BackfillOptions, run_backfill  # noqa: E402
from storyline.config import Settings  # noqa: E402
from storyline.store import open_store  # noqa: E402


def write_inputs(folder: Path, n: int, files: int) -> list[str]:
    texts = sorted((ROOT.parent / "shared" / "data" / "polnear" / "train" / "text").glob("*.txt"))
    if not texts:
        sys.exit("needs ../shared/data/polnear/train/text (the benchmark's input)")
    rows = []
    for path in texts[:n]:
        text = path.read_text(encoding="utf-8").strip()
        outlet, date = [*path.stem.split("_"), "", ""][:2]  # outlet_YYYY-MM-DD_slug
        rows.append({"id": path.stem, "title": text.split("\n", 1)[0][:120],
                     "outlet": outlet, "published": date, "text": text})
    names = []
    for f in range(files):
        target = folder / f"part{f}.jsonl"
        target.write_text("".join(json.dumps(r) + "\n" for r in rows[f::files]), "utf-8")
        names.append(str(target))
    return names


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--runs", nargs="+",
                        default=["ingest", "local:1", "local:2", "ray:1", "ray:2"])
    args = parser.parse_args()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    result: dict[str, object] = {"articles": args.articles, "files": args.files, "cpus": cpus,
                                 "load_before": _load(), "runs": {}}
    print(f"load average at start {_load()} on {cpus} cores", file=sys.stderr, flush=True)
    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = write_inputs(folder, args.articles, args.files)
        for run in args.runs:
            db = folder / f"{run.replace(':', '-')}.db"
            load_start = _load()
            settings = Settings(db=str(db), workers=1)
            started, cpu = time.perf_counter(), time.process_time()
            with open_store(db) as store:
                if run == "ingest":
                    report = api.ingest(inputs, store, settings)
                    stored = report.added
                    extra: dict[str, float] = {"cpu_ms_per_article": round(
                        1000 * (time.process_time() - cpu) / max(1, stored), 1)}
                else:
                    engine, workers = run.split(":")
                    options = BackfillOptions(engine=engine, workers=int(workers),
                                              out=str(folder / f"shards-{engine}-{workers}"))
                    summary = run_backfill(inputs, store, settings, options)
                    stored = summary.stored
                    extra = {
                        "analyse_s": summary.analyse_seconds,
                        "load_s": summary.load_seconds,
                        "analyse_cpu_ms_per_article": round(
                            1000 * summary.analyse_cpu_seconds / max(1, stored), 1),
                        "load_cpu_ms_per_article": round(
                            1000 * summary.load_cpu_seconds / max(1, stored), 1),
                    }
            wall = time.perf_counter() - started
            runs[run] = {"stored": stored, "wall_s": round(wall, 2),
                         "articles_per_s": round(stored / wall, 2), **extra,
                         "load_start": load_start, "load_end": _load()}
            print(run, runs[run], file=sys.stderr, flush=True)
    base = runs.get("ingest", {}).get("articles_per_s")
    for r in runs.values():
        if base:
            r["ratio_to_ingest"] = round(r["articles_per_s"] / base, 2)
    # What a second worker buys, per engine: 2 workers' articles/s over 1 worker's.
    result["scaling_2_vs_1"] = {
        engine: round(runs[f"{engine}:2"]["articles_per_s"]
                      / runs[f"{engine}:1"]["articles_per_s"], 2)
        for engine in ("local", "ray") if f"{engine}:1" in runs and f"{engine}:2" in runs
    }
    result["runs"] = runs
    result["load_after"] = _load()
    busy = max([_load()[0]] + [r["load_start"][0] for r in runs.values()]
               + [r["load_end"][0] for r in runs.values()])
    if cpus and busy > cpus:
        result["warning"] = (f"load average reached {busy:.1f} on {cpus} cores: other work "
                             "shared the CPUs; wall-clock ratios are not the scaling")
        print(result["warning"], file=sys.stderr)
    print(json.dumps(result, indent=2))


def _load() -> list[float]:
    """The 1-, 5- and 15-minute load averages."""
    return [round(x, 2) for x in os.getloadavg()]


if __name__ == "__main__":
    main()
