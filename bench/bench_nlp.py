"""Benchmark the NLP stage: per-stage time and whole-analysis articles/s.

Usage: .venv/bin/python bench/bench_nlp.py [--articles 60] [--words 700] [--processes 1 2]
       [--repeat 3] [--no-stages]

Articles of about ``--words`` words are built from the ``examples/*.txt`` articles (joined
when shorter, cut at a line break), else from the PolNeAR texts in ../shared/data. Prints
one JSON object: milliseconds per article for each stage, and for each process count the
best of ``--repeat`` runs of ``analyze_many`` in articles/s (wall clock) and in CPU
milliseconds per article (this process and its workers; steadier than the wall clock when
other processes load the machine), with the load average at the start and the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storyline.nlp import analyze_many, load_model  # noqa: E402
from storyline.nlp.people import extract_people  # noqa: E402
from storyline.nlp.pipeline import build_sentences, split_pieces  # noqa: E402
from storyline.nlp.quotes import extract_quotes  # noqa: E402
from storyline.records import Article  # noqa: E402


def corpus(n: int, words: int) -> list[str]:
    """n texts of about ``words`` words: whole articles, joined when shorter, cut at a line."""
    examples = ROOT / "storyline" / "examples"
    sources = sorted(examples.glob("*.txt")) if examples.is_dir() else []
    if not sources:
        sources = sorted((ROOT.parent / "shared" / "data" / "polnear").glob("*/text/*.txt"))
    if not sources:
        sys.exit("no benchmark texts: put .txt articles in examples/ or ../shared/data/polnear")
    pool = [p.read_text(encoding="utf-8").strip() for p in sources]
    texts: list[str] = []
    k = 0
    while len(texts) < n:
        text = ""
        while len(text.split()) < words:
            text = (text + "\n\n" + pool[k % len(pool)]).strip()
            k += 1
        cut = len(" ".join(text.split(" ")[:words]))
        nl = text.find("\n", cut)
        texts.append(text[: nl if nl > 0 else cut])
    return texts


def stage_times(texts: list[str]) -> dict[str, float]:
    """Milliseconds per article for each spaCy component and each Storyline extractor."""
    from spacy.tokens import Doc

    nlp = load_model()
    ms: dict[str, float] = {}

    def clock(name: str, t0: float) -> None:
        ms[name] = ms.get(name, 0.0) + (time.perf_counter() - t0) * 1000 / len(texts)

    t0 = time.perf_counter()
    pieces = [[p for _, p in split_pieces(t)] for t in texts]
    piece_docs = [[nlp.make_doc(p) for p in ps] for ps in pieces]
    clock("tokenizer", t0)
    flat = [d for ds in piece_docs for d in ds]
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        if hasattr(proc, "pipe"):
            flat = list(proc.pipe(flat, batch_size=128))
        else:
            flat = [proc(d) for d in flat]
        clock(f"spacy:{name}", t0)
    it = iter(flat)
    docs = []
    t0 = time.perf_counter()
    for ps in pieces:
        parts = [next(it) for _ in ps]
        docs.append(Doc.from_docs(parts, ensure_whitespace=False) if len(parts) > 1 else parts[0])
    clock("join pieces", t0)
    for text, doc in zip(texts, docs, strict=True):
        t0 = time.perf_counter()
        sentences = build_sentences(text, doc)
        clock("sentences", t0)
        t0 = time.perf_counter()
        people = extract_people(doc, sentences)
        clock("people", t0)
        t0 = time.perf_counter()
        extract_quotes(doc, sentences, people)
        clock("quotes", t0)
        try:
            from storyline.nlp.time import extract_times

            t0 = time.perf_counter()
            extract_times(text, sentences, None)
            clock("times", t0)
        except ImportError:
            pass
        try:
            from storyline.nlp.figures import extract_figures

            t0 = time.perf_counter()
            extract_figures(text, sentences, doc)
            clock("figures", t0)
        except ImportError:
            pass
    return {k: round(v, 2) for k, v in ms.items()}


def _cpu_s() -> float:
    """CPU seconds used by this process and its finished child processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def throughput(texts: list[str], processes: int, repeat: int) -> dict[str, float]:
    """Best of ``repeat`` runs: articles/s (wall clock) and CPU ms per article."""
    articles = [Article(text=t) for t in texts]
    best_rate, best_cpu = 0.0, float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), _cpu_s()
        n = sum(1 for _ in analyze_many(articles, batch_size=16, n_process=processes))
        wall, cpu = time.perf_counter() - t0, _cpu_s() - c0
        best_rate, best_cpu = max(best_rate, n / wall), min(best_cpu, cpu * 1000 / n)
    return {"articles_per_s": round(best_rate, 2), "cpu_ms_per_article": round(best_cpu, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3, help="runs per process count")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage times")
    args = parser.parse_args()

    t0 = time.perf_counter()
    nlp = load_model()
    load_s = time.perf_counter() - t0
    texts = corpus(args.articles, args.words)
    result = {
        "articles": len(texts),
        "mean_words": round(sum(len(t.split()) for t in texts) / len(texts)),
        "cpus": os.cpu_count(),
        "model_load_s": round(load_s, 2),
        "pipeline": nlp.pipe_names,
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }
    if not args.no_stages:
        result["ms_per_article"] = stage_times(texts)
    result["analyze_many"] = {
        str(p): throughput(texts, p, max(1, args.repeat)) for p in args.processes
    }
    result["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
