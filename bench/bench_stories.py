"""Benchmark of the story stage on a long synthetic stream built from real news text.

    .venv/bin/python bench/bench_stories.py --n 100000 [--data-dir ../shared/data]

Source text: the 982 ECB+ documents (86 real events, ~11 reports each). The NLP stage runs
once over them (cached as pickles in --cache); the stream is then synthesised without NLP:
each synthetic event takes one ECB+ event's reports, renames its specific entities
(people, places, organisations: consistently within the event, drawn from the names seen
in the corpus and recombined), changes its numbers, drops and reorders some sentences of
each report, and gives the event a date; its reports arrive over the next days, mixed with
every other event's. So reports of one event share wording the way rewrites do, and events
of one kind (two earthquakes, two trials) share a topic but not names, numbers or dates.

Reported: per-article ``assign`` latency (p50/p95/p99) and resident memory at 10k, 100k
(and 1M when --n reaches it), throughput of assignment alone and with a ``repair()`` every
--repair-every articles, and B-cubed F1 against the synthetic events (a sanity check, not
a benchmark of quality). Not a test: run it by hand.
"""

from __future__ import annotations

import argparse
import json
import logging
import pickle
import random
import re
import resource
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from storyline.evaluate.clustering import analyse, bcubed, load_ecbplus
from storyline.records import Analysis, Article, Assignment, Entity
from storyline.stories import ClusterOptions, StoryIndex
from storyline.stories.features import SPECIFIC_LABELS

CHECKPOINTS = (10_000, 25_000, 50_000, 75_000, 100_000, 250_000, 500_000, 1_000_000)
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_corpus(data_dir: Path, cache: Path) -> list[tuple[Article, str, Analysis]]:
    out = []
    for split in ("train", "dev", "test"):
        path = cache / f"ecb_{split}.pkl"
        if path.exists():
            with path.open("rb") as fh:
                items, analyses = pickle.load(fh)
        else:
            print(f"analysing ECB+ {split} once (cached in {cache}) ...", file=sys.stderr)
            items = load_ecbplus(data_dir, split)
            analyses = analyse([a for a, _ in items])
            cache.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as fh:
                pickle.dump((items, analyses), fh)
        out += [(a, g, an) for (a, g), an in zip(items, analyses, strict=True)]
    return out


class Synthesiser:
    """Endless stream of (article, analysis, event id) built from real reports."""

    def __init__(self, corpus: list[tuple[Article, str, Analysis]], per_day: int,
                 seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.events: dict[str, list[tuple[Article, Analysis]]] = {}
        names: dict[str, set[str]] = {}
        for article, gold, analysis in corpus:
            self.events.setdefault(gold, []).append((article, analysis))
            for ent in analysis.entities:
                if ent.label in SPECIFIC_LABELS:
                    names.setdefault(ent.label, set()).add(ent.text)
        self.names = {label: sorted(v) for label, v in names.items()}
        self.first = sorted({n.split()[0] for n in self.names.get("PERSON", []) if " " in n})
        self.last = sorted({n.split()[-1] for n in self.names.get("PERSON", []) if " " in n})
        self.keys = sorted(self.events)
        self.per_day = per_day
        self.start = date(2024, 1, 1)

    def _rename(self, label: str) -> str:
        if label == "PERSON" and self.first:
            return f"{self.rng.choice(self.first)} {self.rng.choice(self.last)}"
        pool = self.names.get(label) or ["Springfield"]
        # Recombine two names so the pool of places and organisations does not run out.
        a, b = self.rng.choice(pool), self.rng.choice(pool)
        return f"{a.split()[0]} {b.split()[-1]}" if self.rng.random() < 0.5 else a

    def stream(self, n: int):
        made = 0
        live: list[tuple[int, list, dict, dict, int]] = []  # (event, reports, maps, day)
        event_no = 0
        while made < n:
            # Keep ~40 events open at once; each releases its reports over a few days.
            while len(live) < 40:
                key = self.rng.choice(self.keys)
                reports = list(self.events[key])
                self.rng.shuffle(reports)
                reports = reports[: self.rng.randint(2, len(reports))]
                entity_map: dict[str, str] = {}
                for _, analysis in reports:
                    for ent in analysis.entities:
                        if ent.label in SPECIFIC_LABELS and ent.text not in entity_map:
                            entity_map[ent.text] = self._rename(ent.label)
                number_map: dict[str, str] = {}
                live.append((event_no, reports, entity_map, number_map, made // self.per_day))
                event_no += 1
            slot = self.rng.randrange(len(live))
            event, reports, entity_map, number_map, day0 = live[slot]
            article, analysis = reports.pop()
            if not reports:
                live.pop(slot)
            day = self.start + timedelta(days=day0 + self.rng.randint(0, 2))
            yield self._variant(article, analysis, entity_map, number_map, day, made, event)
            made += 1

    def _variant(self, article: Article, analysis: Analysis, entity_map: dict[str, str],
                 number_map: dict[str, str], day: date, serial: int,
                 event: int) -> tuple[Article, Analysis, int]:
        sentences = _SENTENCE.split(article.text)
        keep = [s for s in sentences if self.rng.random() < 0.75] or sentences[:1]
        if len(keep) > 3 and self.rng.random() < 0.5:
            body = keep[1:]
            self.rng.shuffle(body)
            keep = keep[:1] + body
        text = " ".join(keep)
        for old in sorted(entity_map, key=len, reverse=True):
            if old in text:
                text = text.replace(old, entity_map[old])

        def number(m: re.Match[str]) -> str:
            raw = m.group(0)
            if raw not in number_map:
                number_map[raw] = str(self.rng.randint(2, 9999))
            return number_map[raw]

        text = _NUMBER.sub(number, text)
        new = Article(text=text, outlet=f"outlet{serial % 97}", published=day.isoformat(),
                      external_id=str(serial))
        entities = [
            Entity(entity_map.get(e.text, e.text), e.label, 0, 0, 0)
            for e in analysis.entities if entity_map.get(e.text, e.text) in text
        ]
        return new, Analysis(new.id, "bench", entities=entities), event


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storyline-ecb-cache"))
    parser.add_argument("--per-day", type=int, default=3000, help="articles per stream day")
    parser.add_argument("--repair-every", type=int, default=2000)
    parser.add_argument("--restore", type=int, default=10_000,
                        help="time restore() over this many of the first articles")
    parser.add_argument("--recent", type=int, default=None,
                        help="ClusterOptions.recent_articles (default: the library's)")
    parser.add_argument("--copy-window", type=int, default=None,
                        help="ClusterOptions.copy_window_articles (default: the library's)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    corpus = load_corpus(args.data_dir, args.cache)
    synth = Synthesiser(corpus, args.per_day)
    knobs = {"recent_articles": args.recent, "copy_window_articles": args.copy_window}
    # keep_closed: the B-cubed check below reads every article's story from the index
    options = ClusterOptions(keep_closed=True,
                             **{k: v for k, v in knobs.items() if v is not None})
    index = StoryIndex(options)
    latencies: list[float] = []
    repair_times: list[float] = []
    gold: list[int] = []
    ids: list[str] = []
    report: dict = {"n": args.n, "per_day": args.per_day, "checkpoints": []}
    assign_total = 0.0
    wall = time.perf_counter()
    window: list[float] = []
    kept: list[tuple[Article, Analysis, Assignment]] = []
    for i, (article, analysis, event) in enumerate(synth.stream(args.n), 1):
        t0 = time.perf_counter()
        assignment = index.assign(article, analysis)
        dt = time.perf_counter() - t0
        if i <= args.restore:
            kept.append((article, analysis, assignment))
        assign_total += dt
        latencies.append(dt)
        window.append(dt)
        gold.append(event)
        ids.append(article.id)
        if i % args.repair_every == 0:
            t0 = time.perf_counter()
            index.repair()
            repair_times.append(time.perf_counter() - t0)
        if i in CHECKPOINTS or i == args.n:
            elapsed = time.perf_counter() - wall
            recent = window[-10_000:]
            point = {
                "articles": i,
                "stories": len(index.stories),
                "assign_ms_p50": round(percentile(recent, 0.50) * 1000, 2),
                "assign_ms_p95": round(percentile(recent, 0.95) * 1000, 2),
                "assign_ms_p99": round(percentile(recent, 0.99) * 1000, 2),
                "rss_mib": round(rss_mib()),
                "assign_per_s": round(i / assign_total),
                "with_repair_per_s": round(i / (assign_total + sum(repair_times))),
                "repair_s_p50": round(statistics.median(repair_times), 3) if repair_times else None,
                "repair_s_max": round(max(repair_times), 3) if repair_times else None,
                "stream_wall_s": round(elapsed, 1),
            }
            report["checkpoints"].append(point)
            if not args.json:
                print(json.dumps(point), flush=True)
    # Restore: a new process rebuilds the index from stored assignments.
    rebuilt = StoryIndex(options)
    t0 = time.perf_counter()
    for article, analysis, assignment in kept:
        rebuilt.restore(article, analysis, assignment)
    if kept:
        report["restore_ms_per_article"] = round(
            (time.perf_counter() - t0) * 1000 / len(kept), 2)
    labels = [index.story_of[a] for a in ids]
    p, r, f = bcubed(labels, gold)
    report["bcubed_vs_synthetic_events"] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
    report["linked_as_copies"] = len(index.copy_of)
    print(json.dumps(report if args.json else {k: report[k] for k in (
        "bcubed_vs_synthetic_events", "linked_as_copies", "restore_ms_per_article")
        if k in report}))


if __name__ == "__main__":
    main()
