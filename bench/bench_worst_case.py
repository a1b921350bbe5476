"""Worst-case inputs: time and peak memory per article for hostile or pathological text.

Usage: nice .venv/bin/python bench/bench_worst_case.py [--cases NAME ...] [--limit 300]
       [--json]

Each case is written to a temporary file and ingested by ``storyline.api.ingest`` into a
fresh SQLite database in its own process (``workers=1``), after the spaCy model is loaded,
so every case starts from the same memory and pays no model load. For each case the
script prints the input size, what came out (added / rejected, with the reason), the wall
time and CPU time of the ingest, and the process's peak resident memory above the
loaded-model baseline. A case still running after ``--limit`` seconds is killed and
reported as such. The cases:

- ``quote-dense``: 200 KB of words, brackets and every kind of quotation mark, unpaired
  (about 46,000 tokens: under the token cap, so it is analysed).
- ``huge-article``: a 10 MB plain-text article of ordinary sentences.
- ``capped-article``: ordinary sentences just under ``article_max_tokens`` (the longest
  article accepted).
- ``one-letter-lines``: 2 MB of one-letter lines.
- ``capped-one-letter-lines``: one-letter lines just under ``article_max_tokens`` (with
  one figure in the text: a text without any number is refused as prose before parsing).
- ``many-paragraphs``: an HTML page with 100,000 short paragraphs (under the file cap).
- ``capped-many-paragraphs``: the same with just under ``MAX_HTML_BLOCKS`` paragraphs.
- ``long-sentence``: 400 KB of words without any punctuation or line break.
- ``capped-long-sentence``: the same, just under ``article_max_tokens``.
- ``normal``: one ordinary example article, for scale.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLES = ROOT / "storyline" / "examples"
# With figures in it: a text without any number is refused as prose before parsing.
PROSE = (
    "the council said on Monday that its 12 ministers would review tariffs on steel and "
    "aluminium imports after talks in Geneva with officials from the trade office in 2026"
)
WORDS = PROSE.split()


def _sentences(rng: random.Random, size: int) -> str:
    out: list[str] = []
    total = 0
    while total < size:
        s = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
        s = s[0].upper() + s[1:] + "."
        out.append(s)
        total += len(s) + 1
        if rng.random() < 0.2:
            out.append("\n\n")
    return " ".join(out)[:size]


def quote_dense(rng: random.Random) -> tuple[str, bytes]:
    marks = [*"“”\"‘’«»„()[]{}'", "said", "told", "warned:", "he", "she", "Ms Moreau", "12"]
    parts = [rng.choice(marks) if rng.random() < 0.6 else rng.choice(WORDS) for _ in range(60_000)]
    text = "Title: Quote storm\n\n" + " ".join(parts)
    return "txt", text.encode("utf-8")[:200_000]


def huge_article(rng: random.Random) -> tuple[str, bytes]:
    return "txt", ("Title: A very long article\n\n" + _sentences(rng, 10_000_000)).encode()


def _token_cap() -> int:
    from storyline.config import Settings

    return Settings().article_max_tokens


def _under_cap(text: str) -> str:
    """The longest prefix of ``text`` (cut at a space) just under the token cap."""
    from storyline.sources.guards import count_tokens

    low, high = 0, len(text)
    while high - low > 100:
        mid = (low + high) // 2
        if count_tokens(text[:mid], _token_cap()) < _token_cap() - 50:
            low = mid
        else:
            high = mid
    return text[: text.rfind(" ", 0, low) + 1 or low]


def capped_article(rng: random.Random) -> tuple[str, bytes]:
    text = _under_cap(_sentences(rng, 20 * _token_cap()))
    return "txt", ("Title: The largest accepted\n\n" + text).encode()


def one_letter_lines(rng: random.Random) -> tuple[str, bytes]:
    return "txt", b"Title: Letters\n\n" + b"a\n" * 1_000_000


def capped_one_letter_lines(rng: random.Random) -> tuple[str, bytes]:
    # One figure, so that the text is not refused as prose before it reaches the parser.
    head = b"Title: Letters\n\nThe 3 letters below.\n"
    return "txt", head + b"a\n" * (_token_cap() // 2 - 100)


def many_paragraphs(rng: random.Random, n: int = 100_000) -> tuple[str, bytes]:
    paras = "".join(f"<p>{_sentences(rng, 30)}</p>" for _ in range(n))
    page = f"<html><head><title>Paragraphs</title></head><body><article>{paras}</article>"
    return "html", page.encode()


def capped_many_paragraphs(rng: random.Random) -> tuple[str, bytes]:
    from storyline.sources.formats import MAX_HTML_BLOCKS

    return many_paragraphs(rng, MAX_HTML_BLOCKS - 100)


def long_sentence(rng: random.Random) -> tuple[str, bytes]:
    words = " ".join(rng.choice(WORDS) for _ in range(70_000))[:400_000]
    return "txt", ("Title: No stops\n\n" + words).encode()


def capped_long_sentence(rng: random.Random) -> tuple[str, bytes]:
    words = _under_cap("In 2026 " + " ".join(rng.choice(WORDS) for _ in range(70_000)))
    return "txt", ("Title: No stops\n\n" + words).encode()


def normal(rng: random.Random) -> tuple[str, bytes]:
    return "txt", (EXAMPLES / "s1-brussels-eastgate.txt").read_bytes()


CASES: dict[str, Callable[[random.Random], tuple[str, bytes]]] = {
    "quote-dense": quote_dense,
    "huge-article": huge_article,
    "capped-article": capped_article,
    "one-letter-lines": one_letter_lines,
    "capped-one-letter-lines": capped_one_letter_lines,
    "many-paragraphs": many_paragraphs,
    "capped-many-paragraphs": capped_many_paragraphs,
    "long-sentence": long_sentence,
    "capped-long-sentence": capped_long_sentence,
    "normal": normal,
}


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _child(name: str, folder: str, queue: Any) -> None:
    from storyline import api
    from storyline.config import Settings
    from storyline.nlp import load_model
    from storyline.store import open_store

    load_model()
    base = _peak_kib()
    ext, data = CASES[name](random.Random(7))
    path = Path(folder) / f"{name}.{ext}"
    path.write_bytes(data)
    del data
    settings = Settings(db=str(Path(folder) / f"{name}.db"), workers=1)
    store = open_store(settings.db)
    t0, c0 = time.perf_counter(), time.process_time()
    report = api.ingest([str(path)], store, settings)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    store.close()
    queue.put(
        {
            "case": name,
            "bytes": path.stat().st_size,
            "added": report.added,
            "rejected": [f"{r.source.rsplit('/', 1)[-1]}: {r.reason}" for r in report.rejected],
            "seconds": round(wall, 2),
            "cpu_seconds": round(cpu, 2),
            "peak_mb_above_model": round((_peak_kib() - base) / 1024, 1),
        }
    )


def run(name: str, limit: float) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")  # a fresh process: its own peak memory
    queue = ctx.Queue()
    with tempfile.TemporaryDirectory() as folder:
        proc = ctx.Process(target=_child, args=(name, folder, queue))
        proc.start()
        proc.join(limit)
        if proc.is_alive():
            proc.kill()
            proc.join()
            return {"case": name, "killed_after_seconds": limit}
        if queue.empty():
            return {"case": name, "failed": f"exit code {proc.exitcode}"}
        return queue.get()  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=list(CASES))
    parser.add_argument("--limit", type=float, default=300.0, help="seconds before a kill")
    parser.add_argument("--json", action="store_true", help="one JSON list instead of a table")
    args = parser.parse_args()
    if not args.json:
        print(json.dumps({"load_average_at_start": os.getloadavg()}), flush=True)
    results = []
    for name in args.cases:
        result = run(name, args.limit)
        results.append(result)
        if not args.json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        print(json.dumps({"load_average_at_end": os.getloadavg()}), flush=True)


if __name__ == "__main__":
    main()
