"""The knobs of feed watching, each with the reason for its default."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WatchOptions:
    # 15 minutes: news feeds change a few times an hour; faster polling mostly costs 304s.
    default_every: int = 900
    # One minute at least: a watch is a visitor on someone else's server.
    min_every: int = 60
    # Seconds between two requests to one host (feed and its linked pages), in one run.
    politeness_delay: float = 1.0
    # A failing feed waits every * 2**failures, but never more than a day between tries.
    max_backoff: int = 86_400
    # Seconds the scheduler sleeps between looks at what is due.
    tick: float = 30.0
    # Entry pages fetched per feed per run; the rest wait for the next run (bounded work).
    max_new_entries: int = 100
