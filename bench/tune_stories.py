"""Tune the story-clustering knobs on ECB+ train and dev topics (never test).

    .venv/bin/python bench/tune_stories.py [--data-dir ../shared/data] [--cache DIR]

Analyses are computed once with the NLP stage and cached as pickles in --cache (default
/tmp/storyline-ecb-cache). Prints the B-cubed F1 of each setting (mean over arrival orders)
and of the baseline's distance thresholds; the chosen values go into ClusterOptions and
BASELINE_DISTANCE by hand.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import statistics
import time
from pathlib import Path

from storyline.evaluate.clustering import (
    analyse,
    arrival_order,
    bcubed,
    cluster_baseline,
    cluster_online,
    load_ecbplus,
)
from storyline.stories import ClusterOptions


def load(split: str, data_dir: Path, cache: Path):
    path = cache / f"ecb_{split}.pkl"
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    items = load_ecbplus(data_dir, split)
    analyses = analyse([a for a, _ in items])
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump((items, analyses), fh)
    return items, analyses


def run(data, options: ClusterOptions, seeds, repair: bool = True) -> float:
    scores = []
    for items, analyses in data:
        for seed in seeds:
            order = arrival_order([a for a, _ in items], seed)
            arts = [items[i][0] for i in order]
            gold = [items[i][1] for i in order]
            pred = cluster_online(arts, [analyses[i] for i in order], options, repair)
            scores.append(bcubed(pred, gold)[2])
    return statistics.mean(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storyline-ecb-cache"))
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    data = [load(s, args.data_dir, args.cache) for s in ("train", "dev")]
    seeds = list(range(args.seeds))

    for distance in (0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        f1s = []
        for items, _ in data:
            gold = [g for _, g in items]
            pred = cluster_baseline([a.text for a, _ in items], distance)
            f1s.append(bcubed(pred, gold)[2])
        print(f"baseline distance={distance}: B3 F1 train {f1s[0]:.4f} dev {f1s[1]:.4f}")

    # The online pass alone, then online + one repair (the repair re-clusters everything
    # here, so it does not depend on the online threshold).
    for join in (0.15, 0.2, 0.25, 0.3):
        f1 = run(data, ClusterOptions(join_threshold=join), seeds, repair=False)
        print(f"online only, join_threshold={join}: B3 F1 {f1:.4f}", flush=True)
    grid = {
        "numbers": [0.25, 0.5],
        "repair_neighbours": [5, 6, 8],
        "repair_snn_weight": [0.5, 0.7],
        "repair_threshold": [0.15, 0.175, 0.2, 0.25],
    }
    for values in itertools.product(*grid.values()):
        knobs = dict(zip(grid, values, strict=True))
        weights = {"words": 1.0, "entities": 1.0, "numbers": knobs.pop("numbers"),
                   "dates": 0.25}
        options = ClusterOptions(weights=weights, **knobs)
        start = time.time()
        f1 = run(data, options, seeds[:1])
        print(f"{weights} {knobs}: B3 F1 {f1:.4f} ({time.time() - start:.1f}s)", flush=True)

if __name__ == "__main__":
    main()
