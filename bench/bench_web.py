"""Load benchmark of ``storyline serve``: wrk on 127.0.0.1, 50 connections, against a
database of 10,000+ stories, while an ingest runs beside the server.

    nice .venv/bin/python bench/bench_web.py [--stories 10000] [--duration 30] [--workers 2]

The database (``--db``, built once and reused) holds the example corpus ingested for real,
then its stories without trade measures copied with new ids, titles and dates until it has
``--stories`` stories (the serving
cost does not depend on the words; building 10,000 stories by NLP would take hours on this
machine). Then:

1. ``storyline serve`` starts as its own process (``--no-watch --no-warm``, ``--workers``).
2. The briefs of ``--warm`` story pages are built by requesting each once (the time of a
   cold build is reported); story pages are then served from the brief cache, as they are
   for any story the server has built before (``serve`` warms the newest in the background).
3. ``storyline ingest`` runs beside the server, one process after another on
   ``--ingest-batch`` freshly written articles each (real NLP, a second process writing
   to the same database, so it writes every few seconds throughout); the load starts
   once the first has stored an article.
4. wrk runs the story pages (random among the warmed ones) and ``/api/stories`` (random
   pages of the keyset walk and filters), each for ``--duration`` seconds.

Prints p50/p95/p99 latency, requests per second and errors for each. Needs ``wrk``
(Debian package). Not a test.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "storyline" / "examples"
BIN = Path(sys.executable).parent

LUA = """
local paths = {%s}
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def build(db: Path, stories: int) -> None:
    from storyline import api
    from storyline.config import Settings
    from storyline.store import open_store

    started = time.perf_counter()
    print(f"building {db}: ingesting the examples ...", file=sys.stderr)
    settings = Settings(db=str(db))
    with open_store(db) as store:
        api.ingest([str(EXAMPLES)], store, settings)
        # Only stories the trade lens has nothing in are copied: a brief's ``measures``
        # gathers each measure's history across all stories, and thousands of copies of
        # one trade story would make a single measure with thousands of events.
        base = [s for s in store.stories() if not api.story_brief(store, s.id).measures]
        copy_stories(store, [s.id for s in base], stories, first_copy=1)
        # Ingest caches each article's trade-measure mentions; the copies (stored directly)
        # get theirs in copy_stories. Anything left is filled here, as a long-running
        # server's database would have it, not in the first page view.
        from storyline.trade.service import refresh_mentions

        refresh_mentions(store)
        print(f"  trade mention cache filled ({time.perf_counter() - started:.0f}s)",
              file=sys.stderr)
        save_index_state(store)


def copy_stories(store: Any, base: list[int], stories: int, first_copy: int) -> None:
    """Copies of the ``base`` stories under new ids, titles and dates until the database
    holds ``stories`` stories."""
    from storyline.records import Assignment
    from storyline.trade.extract import EXTRACTOR_VERSION, extract_mentions

    items = {i: list(store.iter_items(i)) for i in base}
    # A copy has its original's analysis, so it has its original's trade mentions (cached
    # as ingest caches them; extracting them again for each copy would take minutes).
    mentions = {analysis.article_id: [m.to_dict() for m in extract_mentions(analysis)]
                for story in items.values() for _, analysis, _ in story}
    have = store.conn.execute("SELECT count(*) FROM story_summaries").fetchone()[0]
    copy = first_copy - 1
    started = time.perf_counter()
    store.conn.execute("PRAGMA synchronous = OFF")  # a scratch database: no fsyncs
    batch: list[tuple[Any, Any, Any]] = []
    copied_mentions: list[tuple[str, list[dict[str, Any]]]] = []
    while have < stories:
        copy += 1
        for i in base:
            if have >= stories:
                break
            story_id = store.allocate_story_id()  # the store's own id sequence
            for article, analysis, _ in items[i]:
                published = article.published
                if published:
                    published = f"{2000 + copy % 26}{published[4:]}"
                title = re.sub(r" \(copy \d+\)$", "", article.title or "Untitled")
                text = re.sub(r"\n\nCopy \d+ of this report[^\n]*$", "", article.text)
                a = dataclasses.replace(
                    article, title=f"{title} (copy {copy})",
                    text=text + f"\n\nCopy {copy} of this report (ref {uuid.uuid4().hex[:8]}).",
                    published=published, content_hash="", id="",
                )
                n = dataclasses.replace(analysis, article_id=a.id)
                batch.append((a, n, Assignment(a.id, story_id, 1.0)))
                copied_mentions.append((a.id, mentions[analysis.article_id]))
            have += 1
        if len(batch) >= 2000 or have >= stories:
            store.add_articles(batch)
            store.put_measure_mentions(EXTRACTOR_VERSION, copied_mentions)
            batch = []
            copied_mentions = []
            have = store.conn.execute("SELECT count(*) FROM story_summaries").fetchone()[0]
        if copy % 200 == 0:
            print(f"  {have} stories ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    print(f"  {have} stories, {store.count_articles()} articles", file=sys.stderr)


def top_up(db: Path, stories: int) -> None:
    """A database built earlier, back to ``stories`` stories: an ingest beside the server
    repairs (merges) some of the near-identical copies, so each run can leave fewer."""
    from storyline.store import open_store

    with open_store(db) as store:
        have = store.conn.execute("SELECT count(*) FROM story_summaries").fetchone()[0]
        if have >= stories:
            return
        print(f"{db}: {have} stories, adding copies ...", file=sys.stderr)
        base = [r[0] for r in store.conn.execute(
            "SELECT story_id FROM story_summaries WHERE title LIKE '% (copy 1)'")]
        last = store.conn.execute(
            "SELECT max(CAST(substr(title, instr(title, '(copy ') + 6) AS INTEGER)) "
            "FROM story_summaries WHERE title LIKE '% (copy %)'").fetchone()[0]
        copy_stories(store, base, stories, first_copy=int(last or 0) + 1)
        save_index_state(store)


def save_index_state(store: Any) -> None:
    """The story index state saved as ``ingest`` saves it: the copies were stored
    directly, and without a saved state the first ingest beside the server would spend
    minutes rebuilding the index before writing anything."""
    from storyline.assign import load_index, save_index

    started = time.perf_counter()
    with store.writer_lock():
        save_index(store, load_index(store))
    print(f"  index state saved ({time.perf_counter() - started:.0f}s)", file=sys.stderr)


def fresh_articles(folder: Path, n: int) -> None:
    """New articles (unseen content) for the ingest that runs beside the server."""
    rng = random.Random(7)
    run = uuid.uuid4().hex[:8]  # unseen content on every run: not duplicates of the last one
    texts = [p for p in sorted(EXAMPLES.glob("*.txt"))]
    for i in range(n):
        src = texts[i % len(texts)].read_text(encoding="utf-8")
        head, _, body = src.partition("\n\n")
        # A title and URL of its own too: the same URL (or outlet and title) would make
        # it a revision of the stored article, not a new one, and the ingest would end early.
        head = re.sub(r"(?m)^(Title: .*)$", rf"\1, update {i} ({run})", head)
        head = re.sub(r"(?m)^(URL: \S+)$", rf"\1?update={i}-{run}", head)
        extra = (f"Officials gave an update at {rng.randint(1, 12)} p.m. on day {i} "
                 f"(bulletin {run}).")
        (folder / f"fresh-{i:03d}.txt").write_text(f"{head}\n\n{body}\n{extra}\n",
                                                   encoding="utf-8")


class IngestLoop:
    """``storyline ingest`` processes run back to back beside the server, each on
    ``batch`` fresh articles, until stopped: ingest analyses a whole input before it writes
    (then commits article by article and repairs), so one large ingest would write only
    in a burst at its end; short ones write every few seconds throughout the run."""

    def __init__(self, db: Path, batch: int) -> None:
        self.db, self.batch = db, batch
        self.runs = 0
        self.failures: list[str] = []
        self.proc: subprocess.Popen[str] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            folder = Path(tempfile.mkdtemp(prefix="bench-web-ingest-"))
            fresh_articles(folder, self.batch)
            self.proc = subprocess.Popen(
                [str(BIN / "storyline"), "--db", str(self.db), "ingest", str(folder)],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            )
            _, err = self.proc.communicate()
            if self.proc.returncode not in (0, -15):  # -15: stopped by us
                self.failures.append(err.strip()[-300:])
            self.runs += 1
            shutil.rmtree(folder, ignore_errors=True)

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        self._stop.set()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
        self._thread.join(60)


def get(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as r:
        r.read()
    return (time.perf_counter() - started) * 1000


def wrk(base: str, paths: list[str], duration: int, connections: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(LUA % ", ".join(json.dumps(p) for p in paths))
        script = fh.name
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", script,
         base],
        capture_output=True, text=True, check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT"))
    req, dur, c, r, w, status, timeout, p50, p95, p99 = (int(x) for x in line.split()[1:])
    return {
        "requests": req, "rps": req / (dur / 1e6), "errors": c + r + w + timeout,
        "non_2xx": status, "p50_ms": p50 / 1000, "p95_ms": p95 / 1000, "p99_ms": p99 / 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "bench-web.db")
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--warm", type=int, default=300, help="story pages to warm and hit")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--no-ingest", action="store_true", help="no ingest beside the load")
    parser.add_argument("--ingest-batch", type=int, default=20,
                        help="fresh articles per ingest process (run back to back)")
    parser.add_argument("--workers", type=int, default=1, help="serve --workers (processes)")
    parser.add_argument("--server-log", type=Path, default=None,
                        help="write the server's log (stderr) here")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    if not args.db.exists():
        build(args.db, args.stories)
    top_up(args.db, args.stories)

    from storyline.store import open_store

    with open_store(args.db) as store:
        summaries = store.story_summaries(limit=1)
        total = store.conn.execute("SELECT count(*) FROM story_summaries").fetchone()[0]
        articles = store.count_articles()
        ids = [r[0] for r in store.conn.execute("SELECT story_id FROM story_summaries")]
        cursors = [r[0] for r in store.conn.execute(
            "SELECT last_seq FROM story_summaries ORDER BY random() LIMIT 200")]
        outlets = [o for o, _ in store.outlet_counts()]
    print(f"database: {total} stories, {articles} articles", file=sys.stderr)
    assert summaries

    load_before = f"{os.getloadavg()[0]:.1f}"
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        [str(BIN / "storyline"), "--db", str(args.db), "serve", "--port", str(args.port),
         "--no-watch", "--no-warm", "--workers", str(args.workers)],
        stdout=subprocess.DEVNULL,
        stderr=args.server_log.open("w") if args.server_log else subprocess.DEVNULL,
    )
    ingest = None
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                first = get(base + "/api/stories?limit=1")
                break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit("the server did not start")
                time.sleep(0.2)
        rng = random.Random(1)
        warm_ids = rng.sample(ids, min(args.warm, len(ids)))
        cold = [get(f"{base}/stories/{i}") for i in warm_ids]
        story_paths = [f"/stories/{i}" for i in warm_ids]
        list_paths = [f"/api/stories?limit=50&cursor={c}" for c in cursors]
        list_paths += [f"/api/stories?limit=50&outlet={urllib.request.quote(o)}"
                       for o in outlets[:10]]
        list_paths += ["/api/stories?limit=50", "/api/stories?limit=50&min_outlets=4",
                       "/api/stories?limit=50&since=2010-01-01&until=2012-12-31"]
        if not args.no_ingest:
            ingest = IngestLoop(args.db, args.ingest_batch)
            ingest.start()
            # Measure while it writes: wait until it has stored its first article.
            waited = time.monotonic()
            while time.monotonic() - waited < 900:
                with open_store(args.db) as store:
                    if store.count_articles() > articles:
                        break
                time.sleep(2)
            print(f"ingest writing after {time.monotonic() - waited:.0f}s", file=sys.stderr)
        results = {
            "story page": wrk(base, story_paths, args.duration, args.connections),
            "/api/stories": wrk(base, list_paths, args.duration, args.connections),
        }
        ingest_running = ingest is not None and ingest.running()
    finally:
        if ingest is not None:
            ingest.stop()
        server.terminate()
        server.wait(30)
    added = ""
    if ingest is not None:
        with open_store(args.db) as store:
            added = (f", {store.count_articles() - articles} articles added by "
                     f"{ingest.runs} ingest runs of {args.ingest_batch}"
                     + (f" ({len(ingest.failures)} failed: {ingest.failures[-1]})"
                        if ingest.failures else ""))
    print(f"\nserve --workers {args.workers}; load average {load_before} before, "
          f"{os.getloadavg()[0]:.1f} after")
    print(f"{total} stories, {articles} articles{added}; an ingest running at the end: "
          f"{ingest_running if ingest is not None else 'no ingest'}; first request "
          f"{first:.0f} ms; cold story page (brief built): median "
          f"{statistics.median(cold):.0f} ms, max {max(cold):.0f} ms over {len(cold)}")
    print("| endpoint | connections | requests/s | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {args.connections} | {r['rps']:.0f} | {r['p50_ms']:.1f} | "
              f"{r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['errors'] + r['non_2xx']} |")


if __name__ == "__main__":
    main()
