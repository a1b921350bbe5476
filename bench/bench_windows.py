"""Windowed parallel story assignment against the sequential pass, on real news.

Usage: nice .venv/bin/python bench/bench_windows.py [--split train] [--window-days 30]
       [--overlap-days 10] [--workers 1 2] [--engine local|ray] [--repeat 3] [--chunk 1000]
       [--cache /tmp/storyline-bench-windows] [--synthetic N --per-day 300]

Input: the PolNeAR texts of ``--split`` (real political news from 7 publishers over ten
months for train) with their publication dates from ``metadata.tsv``, read at run time
from ../shared/data (never copied). They are analysed once with the backfill (``--no-load``
shards in ``--cache``, reused by later runs); only story assignment is timed:

- ``sequential``: one pass in publication order with a repair step every 1,000 articles
  (what the backfill loader and ``ingest`` do), in this process;
- ``windowed:N``: ``assign_windowed`` with N workers: time windows assigned in parallel,
  stitched, seams repaired.

Prints one JSON object: seconds (best of ``--repeat``), CPU seconds, the speed-up over the
sequential pass (wall clock: meaningful on a quiet machine only; and, from the measured
CPU seconds of each window and of the stitching, an estimate for idle cores), the
agreement of each windowed run with the sequential one (B³ F1, stories), the windows, the
links made at seams, and the load average at start and end.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storyline import api  # noqa: E402
from storyline.backfill import BackfillOptions, run_backfill  # noqa: E402
from storyline.backfill.shards import read_shard  # noqa: E402
from storyline.backfill.windows import (  # noqa: E402
    WindowOptions,
    assign_pairs,
    assign_windowed,
    bcubed_f1,
    critical_path,
    partition,
    warm_up,
)
from storyline.config import Settings  # noqa: E402
from storyline.store import open_store  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "polnear"


def write_input(folder: Path, split: str) -> Path:
    texts = sorted((DATA / split / "text").glob("*.txt"))
    if not texts:
        sys.exit(f"needs ../shared/data/polnear/{split}/text (the benchmark's input)")
    meta = {}
    with (DATA / "metadata.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row
    target = folder / f"polnear-{split}.jsonl"
    with target.open("w", encoding="utf-8") as out:
        for path in texts:
            row = meta.get(path.stem, {})
            text = path.read_text(encoding="utf-8").strip()
            out.write(json.dumps({
                "id": path.stem, "outlet": row.get("publisher") or path.stem.split("_")[0],
                "title": row.get("title") or text.split("\n", 1)[0][:120],
                "published": row.get("publication_date"), "text": text,
            }) + "\n")
    return target


def analysed(split: str, cache: Path) -> list:
    cache.mkdir(parents=True, exist_ok=True)
    source = write_input(cache, split)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "unused.db"
        with open_store(db) as store:
            summary = run_backfill([str(source)], store, Settings(db=str(db), workers=1),
                                   BackfillOptions(engine="local", workers=1,
                                                   out=str(cache / "shards"), load=False))
    print(f"analysed {summary.units_analysed} unit(s), reused {summary.units_resumed}",
          file=sys.stderr)
    pairs = [p for shard in sorted((cache / "shards").glob("*.parquet"))
             for p in read_shard(shard)]
    return api.publication_order(pairs, lambda x: x[0])


def synthetic(n: int, per_day: int) -> tuple[list, dict[str, int]]:
    """``bench_stories.py``'s stream: real ECB+ reports, renamed and re-dated into many
    events arriving ``per_day`` a day (the ECB+ analysis is cached by that bench)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_stories import Synthesiser, load_corpus

    corpus = load_corpus(ROOT.parent / "shared" / "data", Path(tempfile.gettempdir())
                         / "storyline-ecb-cache")
    pairs, gold = [], {}
    for article, analysis, event in Synthesiser(corpus, per_day).stream(n):
        pairs.append((article, analysis))
        gold[article.id] = event
    return api.publication_order(pairs, lambda x: x[0]), gold


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="train")
    parser.add_argument("--window-days", type=int, default=30)
    parser.add_argument("--overlap-days", type=int, default=10)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engine", default="local")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--synthetic", type=int, default=0,
                        help="instead: N articles of bench_stories.py's stream (ECB+ text)")
    parser.add_argument("--per-day", type=int, default=300,
                        help="articles a day in the synthetic stream")
    parser.add_argument("--chunk", type=int, default=1000,
                        help="articles between repair steps (both passes)")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir())
                                               / "storyline-bench-windows"))
    args = parser.parse_args()
    result: dict[str, object] = {"load_average_start": os.getloadavg(),
                                 "cpus": os.cpu_count(), "split": args.split}
    gold: dict[str, int] = {}
    if args.synthetic:
        pairs, gold = synthetic(args.synthetic, args.per_day)
        result["split"] = f"synthetic from ECB+ ({args.per_day} articles a day)"
    else:
        pairs = analysed(args.split, Path(args.cache))
    days = sorted({a.published[:10] for a, _ in pairs if a.published})
    result.update(articles=len(pairs), first_day=days[0] if days else None,
                  last_day=days[-1] if days else None)
    best, cpu = float("inf"), 0.0
    for _ in range(args.repeat):
        started = time.perf_counter()
        sequential, cpu = assign_pairs(pairs, None, args.chunk)
        best = min(best, time.perf_counter() - started)
    runs: dict[str, dict[str, object]] = {"sequential": {
        "seconds": round(best, 3), "cpu_seconds": round(cpu, 3),
        "articles_per_s": round(len(pairs) / best, 1),
        "stories": len(partition(sequential)),
        **({"bcubed_f1_vs_events": round(100 * bcubed_f1(sequential, gold), 2)}
           if gold else {})}}
    print("sequential", runs["sequential"], file=sys.stderr, flush=True)
    options = WindowOptions(days=args.window_days, overlap_days=args.overlap_days,
                            chunk=args.chunk)
    for workers in args.workers:
        timings = []
        with ExitStack() as stack:
            pool, startup = None, 0.0
            if workers > 1 and args.engine == "local":
                # Long-lived workers, as Ray actors on a cluster are: started (and their
                # imports loaded) before the clock runs; the start-up is reported apart.
                started = time.perf_counter()
                pool = stack.enter_context(ProcessPoolExecutor(
                    workers, mp_context=multiprocessing.get_context("spawn")))
                list(pool.map(warm_up, range(workers)))
                startup = time.perf_counter() - started
            for _ in range(args.repeat):
                started = time.perf_counter()
                windowed = assign_windowed(pairs, None, options, engine=args.engine,
                                           workers=workers, pool=pool)
                timings.append((time.perf_counter() - started, windowed))
        seconds, windowed = min(timings, key=lambda t: t[0])
        runs[f"windowed:{workers}"] = {
            "seconds": round(seconds, 3),
            "worker_startup_seconds": round(startup, 3),
            "assign_seconds": round(windowed.assign_seconds, 3),
            "assign_cpu_seconds": round(windowed.assign_cpu_seconds, 3),
            "stitch_seconds": round(windowed.stitch_seconds, 3),
            "stitch_cpu_seconds": round(windowed.stitch_cpu_seconds, 3),
            "window_cpu_seconds": [round(c, 2) for c in windowed.window_cpu_seconds],
            "seam_cpu_seconds": [round(c, 2) for c in windowed.seam_cpu_seconds],
            # From CPU seconds, not the wall clock: the speed-up on idle cores, with the
            # windows, then the seams, handed out in order to N workers and the stitching
            # in this process.
            "idle_cores_speed_up_estimate": {
                n: round(cpu / (critical_path(windowed.window_cpu_seconds, n)
                                + critical_path(windowed.seam_cpu_seconds, n)
                                + windowed.stitch_cpu_seconds), 2)
                for n in sorted({1, workers, 2, 4, 8})},
            "articles_per_s": round(len(pairs) / seconds, 1),
            "speed_up": round(best / seconds, 2),
            "windows": windowed.windows, "seam_links": windowed.linked,
            "seam_changes": windowed.seam_changes,
            "stories": len(partition(windowed.labels)),
            "bcubed_f1_vs_sequential": round(100 * bcubed_f1(windowed.labels, sequential), 2),
            "identical_stories": partition(windowed.labels) == partition(sequential),
            **({"bcubed_f1_vs_events": round(100 * bcubed_f1(windowed.labels, gold), 2)}
               if gold else {}),
        }
        print(f"windowed:{workers}", runs[f"windowed:{workers}"], file=sys.stderr, flush=True)
    result["window_days"], result["overlap_days"] = args.window_days, args.overlap_days
    result["chunk"] = args.chunk
    result["engine"] = args.engine
    result["runs"] = runs
    result["load_average_end"] = os.getloadavg()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
