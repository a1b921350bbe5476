"""Benchmark PostgreSQL against SQLite at scale: bulk load, single-article writes and reads.

Usage: nice .venv/bin/python bench/bench_postgres.py [--articles 100000] [--url postgresql://…]

Without ``--url`` a throwaway PostgreSQL cluster is started (durable settings: fsync on,
as SQLite's WAL default is). The rows are synthetic but shaped like real ones: the texts
are the PolNeAR *train* articles in ../shared/data (read at run time, never copied), each
repeated with a numbered dateline so every row has its own content hash; each analysis
holds the article's sentences (a real analysis is bigger: entities, quotes, figures); ten
articles per story, dated over a year. Rows go in with ``add_articles`` in batches of
1,000 (COPY on PostgreSQL, executemany on SQLite; the time of the calls only, triggers
and index upkeep included). Then, on the full database, p50 / p95
milliseconds over 200 calls of: ``add_article`` (one new article, one transaction),
``story`` (one story's rows), ``iter_items(story)`` (what a brief reads), ``search``,
``story_summaries`` (the front page) and ``article``. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storyline.records import Analysis, Article, Assignment, Sentence  # noqa: E402
from storyline.store import open_store  # noqa: E402

PER_STORY = 10


def texts() -> list[str]:
    paths = sorted((ROOT.parent / "shared" / "data" / "polnear" / "train" / "text").glob("*.txt"))
    if not paths:
        sys.exit("needs ../shared/data/polnear/train/text (the benchmark's texts)")
    return [p.read_text(encoding="utf-8").strip() for p in paths]


def item(i: int, pool: list[str]) -> tuple[Article, Analysis, Assignment]:
    body = pool[i % len(pool)]
    text = f"WIRE {i} — {body}"
    day = 1 + (i // PER_STORY) % 365
    article = Article(text=text, title=body.split("\n", 1)[0][:100], outlet=f"outlet{i % 13}",
                      published=time.strftime("%Y-%m-%d", time.gmtime(1735689600 + day * 86400)),
                      url=f"https://news.example/{i}", source="bench")
    sentences, start = [], 0
    for k, part in enumerate(text.split(". ")):
        sentences.append(Sentence(k, start, start + len(part), part))
        start += len(part) + 2
    analysis = Analysis(article_id=article.id, version="bench", sentences=sentences)
    return article, analysis, Assignment(article.id, 1 + i // PER_STORY, 0.5)


def timed(fn: Callable[[int], Any], n: int = 200) -> dict[str, float]:
    samples = []
    for k in range(n):
        started = time.perf_counter()
        fn(k)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {"p50_ms": round(statistics.median(samples), 3),
            "p95_ms": round(samples[int(0.95 * len(samples)) - 1], 3)}


def bench(target: str, n: int, pool: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    store = open_store(target)
    try:
        load = 0.0
        for lo in range(0, n, 1000):
            batch = [item(i, pool) for i in range(lo, min(n, lo + 1000))]
            started = time.perf_counter()  # the store's time only, not building the rows
            store.add_articles(batch)
            load += time.perf_counter() - started
        out["bulk_load_rows_per_s"] = round(n / load, 1)
        rng = random.Random(7)
        stories = n // PER_STORY
        ids = [item(rng.randrange(n), pool)[0].id for _ in range(200)]
        words = ["election", "senate", "immigration", "debate", "tax", "governor"]
        out["add_article"] = timed(lambda k: store.add_article(*item(n + k, pool)))
        out["story"] = timed(lambda k: store.story(1 + rng.randrange(stories)))
        out["iter_items_story"] = timed(
            lambda k: list(store.iter_items(1 + rng.randrange(stories))))
        out["search"] = timed(lambda k: store.search(words[k % len(words)], 20))
        out["story_summaries_page"] = timed(lambda k: store.story_summaries(limit=50))
        out["article"] = timed(lambda k: store.article(ids[k]))
    finally:
        store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a temp cluster)")
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    args = parser.parse_args()
    pool = texts()
    result: dict[str, Any] = {"articles": args.articles, "load_before": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        if "sqlite" in args.backends:
            result["sqlite"] = bench(str(Path(tmp) / "bench.db"), args.articles, pool)
            print("sqlite", result["sqlite"], file=sys.stderr, flush=True)
        if "postgres" not in args.backends:
            pass
        elif args.url:
            result["postgres"] = bench(args.url, args.articles, pool)
        else:
            from storyline.store.postgres_cluster import TempCluster

            with TempCluster(durable=True) as cluster:
                result["postgres"] = bench(cluster.url, args.articles, pool)
    result["load_after"] = os.getloadavg()[0]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
