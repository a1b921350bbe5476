"""Engines that run units of work in parallel and report each result as it completes.

- ``local``: this process (1 worker) or a pool of worker processes on this machine, each
  loading the spaCy model once.
- ``ray``: Ray Data. Units become a dataset of one row per unit; ``map_batches`` with a
  callable class runs them on actors (one model per actor, ``workers`` actors). Without
  ``RAY_ADDRESS`` a local Ray instance is started with ``workers`` CPUs; with it, the same
  code runs on that Ray cluster (shards must then go to storage every node can reach).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from ..config import Settings
from ..errors import MissingDependencyError
from .analyse import FilterOptions, UnitAnalyser, analyse_unit
from .shards import UnitResult

log = logging.getLogger(__name__)

ENGINES = ("local", "ray")
Job = tuple[str, str]  # (unit, shard path)


def run_local(
    jobs: list[Job], settings: Settings, filters: FilterOptions, workers: int
) -> Iterator[UnitResult]:
    if workers <= 1 or len(jobs) <= 1:
        for unit, shard in jobs:
            yield analyse_unit(unit, shard, settings, filters)
        return
    context = multiprocessing.get_context("spawn")  # workers never inherit a live pool
    with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=context) as pool:
        pending: set[Future[UnitResult]] = {
            pool.submit(analyse_unit, unit, shard, settings, filters) for unit, shard in jobs
        }
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        finally:
            for future in pending:
                future.cancel()


def _ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise MissingDependencyError(
            "the ray engine needs Ray; install storyline[backfill] "
            "(pip install 'storyline[backfill]') or use --engine local"
        ) from exc
    return ray


def run_ray(
    jobs: list[Job], settings: Settings, filters: FilterOptions, workers: int
) -> Iterator[UnitResult]:
    ray = _ray()

    started_here = False
    if not ray.is_initialized():
        kwargs: dict[str, object] = {
            "include_dashboard": False, "log_to_driver": False, "configure_logging": False,
        }
        if os.environ.get("RAY_ADDRESS"):
            kwargs["address"] = os.environ["RAY_ADDRESS"]
        else:
            kwargs["num_cpus"] = max(1, workers)
        ray.init(**kwargs)
        started_here = True
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        ds = ray.data.from_items(
            [{"unit": u, "shard": s} for u, s in jobs], override_num_blocks=len(jobs)
        )
        results = ds.map_batches(
            UnitAnalyser,
            fn_constructor_kwargs={
                "settings": dataclasses.asdict(settings),
                "filters": dataclasses.asdict(filters),
                "cwd": os.getcwd(),
            },
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(size=max(1, min(workers, len(jobs)))),
            num_cpus=1,
        )
        for row in results.iter_rows():
            yield UnitResult.from_dict(json.loads(row["result"]))
    finally:
        if started_here:
            ray.shutdown()


def run_engine(
    engine: str, jobs: list[Job], settings: Settings, filters: FilterOptions, workers: int
) -> Iterator[UnitResult]:
    if not jobs:
        return iter(())
    if engine == "ray":
        return run_ray(jobs, settings, filters, workers)
    return run_local(jobs, settings, filters, workers)
