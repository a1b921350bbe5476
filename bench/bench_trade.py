"""Benchmark the trade lens: what mention extraction costs beside the NLP analysis it
reads, and how long the ledger takes to build.

Usage: nice .venv/bin/python bench/bench_trade.py [--articles 60] [--words 700] [--repeat 5]
       [--ledger-copies 200]

Articles of about ``--words`` words are built as bench/bench_nlp.py builds them (from the
example articles). Prints one JSON object: CPU milliseconds per article for the NLP
analysis (``analyze_many``, one process) and for ``extract_mentions`` over the resulting
analyses (best of ``--repeat``), the ratio of the two, mentions per article, and the CPU
time to build the ledger from the example mentions copied ``--ledger-copies`` times (as if
from that many more articles).

Mentions are not computed at ingest (they are derived from stored analyses and cached the
first time the ledger is asked for), so ingest pays nothing; the ratio says what it would
cost if they were.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_nlp import corpus  # noqa: E402

from storyline.nlp import analyze_many, load_model  # noqa: E402
from storyline.records import Article  # noqa: E402
from storyline.trade.extract import extract_mentions  # noqa: E402
from storyline.trade.ledger import LedgerRow, build_ledger  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--ledger-copies", type=int, default=200)
    args = parser.parse_args()

    load_model()
    texts = corpus(args.articles, args.words)
    articles = [Article(text=t, published="2026-06-11", published_from="metadata")
                for t in texts]
    start = time.process_time()
    analyses = list(analyze_many(articles))
    nlp_ms = (time.process_time() - start) * 1000 / len(articles)

    best = float("inf")
    mentions = []
    for _ in range(args.repeat):
        start = time.process_time()
        mentions = [extract_mentions(a) for a in analyses]
        best = min(best, time.process_time() - start)
    trade_ms = best * 1000 / len(articles)

    rows = [LedgerRow(article_id=f"a{k}-{i}", external_id=None, outlet=f"outlet {i % 7}",
                      published=f"2026-{1 + k % 12:02d}-{1 + i % 28:02d}", story_id=k,
                      mentions=[replace(m) for m in ms], seq=k * len(mentions) + i)
            for k in range(args.ledger_copies) for i, ms in enumerate(mentions) if ms]
    start = time.process_time()
    ledger = build_ledger(rows)
    ledger_s = time.process_time() - start

    print(json.dumps({
        "articles": len(articles), "words_per_article": args.words,
        "nlp_cpu_ms_per_article": round(nlp_ms, 2),
        "trade_extract_cpu_ms_per_article": round(trade_ms, 3),
        "extract_vs_nlp_percent": round(100 * trade_ms / nlp_ms, 2),
        "mentions_per_article": round(sum(map(len, mentions)) / len(articles), 2),
        "ledger_mentions": sum(len(r.mentions) for r in rows),
        "ledger_records": len(ledger.records),
        "ledger_build_cpu_s": round(ledger_s, 3),
    }, indent=2))


if __name__ == "__main__":
    main()
