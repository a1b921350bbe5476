"""Benchmark feed watching and alerts against feeds served on 127.0.0.1.

Usage: nice .venv/bin/python bench/bench_watch.py [--feeds 200] [--entries 20] [--new 40]
       [--watchlists 20]

Measures, with the politeness delay off (every feed is on one local host):
- a pass over ``--feeds`` feeds that all answer 304 Not Modified (conditional GET),
- a pass over the same feeds sending the same bytes without validators (body compared),
- a pass where ``--new`` feeds each have one new entry among ``--entries`` known ones
  (entry text from the feed, ``--no-fetch``): parse, pick the new entry, analyse, store,
- alert evaluation of the stories that pass touched against ``--watchlists`` watchlists.
Prints one JSON object (milliseconds).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storyline.config import Settings  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.watch import WatchOptions, add_watch, add_watchlist, evaluate, run_due  # noqa: E402
from storyline.watch.feeds import _fresh_entries  # noqa: E402

TOWNS = ["Velmora", "Osterby", "Kallin", "Brask", "Tollen", "Marhaven", "Ekdal", "Sorvik"]
TOPICS = [
    ("port strike", "Dockers walked out over a pay offer, leaving {n} cranes idle"),
    ("rail fares", "The transport board voted to raise fares by {n} percent from April"),
    ("flood barrier", "The flood barrier failed on Saturday night, flooding {n} homes"),
    ("library hours", "The library will open on Sundays after a petition of {n} residents"),
]


def entry(feed: int, i: int) -> str:
    town = TOWNS[(feed + i) % len(TOWNS)]
    topic, sentence = TOPICS[(feed * 7 + i) % len(TOPICS)]
    text = (
        f"{sentence.format(n=10 + (feed * 13 + i) % 90)} in {town}, officials said on Monday. "
        f"Mayor Anna Lind of {town} said the council would meet on Thursday to discuss the "
        f"{topic} and that residents would be told of the outcome by letter within a week."
    )
    return (
        f"<item><title>{town} {topic} ({feed}-{i})</title>"
        f"<link>https://news{feed}.invalid/{i}</link><guid>urn:f{feed}:e{i}</guid>"
        f"<pubDate>Mon, 02 Nov 2026 08:{i % 60:02d}:00 GMT</pubDate>"
        f"<description>{text}</description></item>"
    )


def feed_body(feed: int, entries: int) -> bytes:
    items = "".join(entry(feed, i) for i in range(entries))
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>'
        f"{items}</channel></rss>"
    ).encode()


def serve(bodies: dict[str, bytes], etags: bool) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = bodies[self.path]
            tag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            if etags and self.headers.get("If-None-Match") == tag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            if etags:
                self.send_header("ETag", tag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--new", type=int, default=40)
    parser.add_argument("--watchlists", type=int, default=20)
    args = parser.parse_args()
    options = WatchOptions(politeness_delay=0.0)
    out: dict[str, Any] = {"feeds": args.feeds, "entries": args.entries, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=str(Path(tmp) / "watch.db"), allow_private=True,
                            fetch_feed_links=False)
        bodies = {f"/f{f}.xml": feed_body(f, args.entries) for f in range(args.feeds)}
        server = serve(bodies, etags=True)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with open_store(settings.db) as store:
            for f in range(args.feeds):
                w = add_watch(store, f"{base}/f{f}.xml", "15m", f"feed {f}")
                # As if read before: every entry known.
                fresh, _, _ = _fresh_entries(bodies[f"/f{f}.xml"], {}, 10**6)
                store.put_watch_entries(w.id, fresh)
            # Pass 0 only learns the ETags (entries already known: nothing ingested).
            run_due(store, settings, options=options, force=True)
            ms, runs = timed(lambda: run_due(store, settings, options=options, force=True))
            assert all(r.status == "not modified" for r in runs), {r.status for r in runs}
            out["pass_304_ms"] = round(ms, 1)
            out["per_feed_304_ms"] = round(ms / args.feeds, 2)
            server.shutdown()
            server = serve(bodies, etags=False)
            base2 = f"http://127.0.0.1:{server.server_address[1]}"
            for w in store.watches():
                store.conn.execute("UPDATE watches SET url = ? WHERE id = ?",
                                   (w.url.replace(base, base2), w.id))
            run_due(store, settings, options=options, force=True)  # learn body hashes
            ms, runs = timed(lambda: run_due(store, settings, options=options, force=True))
            assert all(r.status == "unchanged" for r in runs), {r.status for r in runs}
            out["pass_unchanged_ms"] = round(ms, 1)
            for f in range(args.new):  # one new entry at the top of --new feeds
                bodies[f"/f{f}.xml"] = feed_body(f, args.entries + 1)
            for k in range(args.watchlists):
                town = TOWNS[k % len(TOWNS)]
                topic = TOPICS[k % len(TOPICS)][0]
                add_watchlist(store, f"w{k}", keywords=[topic], countries=[town] if k % 2 else None)
            ms, runs = timed(lambda: run_due(store, settings, options=options, force=True))
            added = sum(r.added for r in runs)
            stories = sorted({s for r in runs for s in r.stories})
            out["pass_new_ms"] = round(ms, 1)
            out["new_articles"] = added
            out["per_new_article_ms"] = round(ms / max(added, 1), 1)
            ms, _ = timed(lambda: evaluate(store, stories, settings))
            out["evaluate_ms"] = round(ms, 1)
            out["evaluated_stories"] = len(stories)
            out["per_story_evaluate_ms"] = round(ms / max(len(stories), 1), 1)
        server.shutdown()
    out["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
