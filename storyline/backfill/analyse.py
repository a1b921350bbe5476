"""One unit of work: read an input file, filter its articles, analyse them, write a shard.

``analyse_unit`` is what every engine runs, in whichever process holds the spaCy model
(``nlp.load_model`` is cached per process, so one model per worker or actor).
``UnitAnalyser`` is the same as a callable class for Ray Data's ``map_batches``.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..nlp import analyze_many
from ..records import Article, Rejection
from ..sources import read_source
from .shards import UnitResult, done_path, read_marker, write_marker, write_shard

log = logging.getLogger(__name__)

# A few very common English function words: a page with almost none of them among its
# words is not English (a cheap test: the analysis models are English-only).
_ENGLISH = frozenset({
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "as", "by",
    "it", "at", "from", "he", "said", "be", "are", "his", "has", "have", "were", "an", "which",
    "this", "but", "not", "they", "their", "its", "been", "had", "will", "would", "who",
})


@dataclass(frozen=True)
class FilterOptions:
    """Which articles a backfill keeps. Off by default, so a backfill keeps exactly what
    ``ingest`` keeps; turn them on for raw crawls such as CC-NEWS."""

    # Articles with fewer words are dropped (0 = keep all): crawls hold stubs, cookie walls
    # and link lists that are not articles; 80 words keeps short wire items.
    min_words: int = 0
    # Keep only articles that look English (share of common English function words among
    # the first 300 words at least ``english_share``); the spaCy model is English.
    english_only: bool = False
    # 0.12: English news prose runs at 0.25-0.45; other Latin-script languages below 0.05.
    english_share: float = 0.12


def filter_reason(article: Article, options: FilterOptions) -> str | None:
    """Why ``article`` is filtered out, or None to keep it."""
    words = article.text.split()
    if options.min_words and len(words) < options.min_words:
        return f"fewer than {options.min_words} words"
    if options.english_only:
        head = [w.strip(".,;:!?\"'()").lower() for w in words[:300]]
        share = sum(w in _ENGLISH for w in head) / max(1, len(head))
        if share < options.english_share:
            return "not English"
    return None


def analyse_unit(
    unit: str, shard: str, settings: Settings, filters: FilterOptions
) -> UnitResult:
    """Read ``unit``, keep the articles that pass the filters (first copy of each content),
    analyse them in order, write the shard and then its done marker; a unit whose done
    marker exists is skipped."""
    path = Path(shard)
    marker = done_path(path)
    earlier = read_marker(marker)
    if earlier is not None and path.exists():
        earlier.skipped = True
        return earlier
    started, cpu = time.perf_counter(), time.process_time()
    result = UnitResult(unit=unit, shard=shard)
    kept: list[Article] = []
    seen: set[str] = set()
    for item in read_source(unit, settings):
        result.read += 1
        if isinstance(item, Rejection):
            result.rejected.append({"source": item.source, "reason": item.reason})
            continue
        reason = filter_reason(item, filters)
        if reason:
            result.filtered[reason] = result.filtered.get(reason, 0) + 1
        elif item.content_hash in seen:
            result.duplicates += 1
        else:
            seen.add(item.content_hash)
            kept.append(item)
    analyses = list(analyze_many(kept, n_process=1))
    write_shard(path, list(zip(kept, analyses, strict=True)))
    result.articles = len(kept)
    result.seconds = round(time.perf_counter() - started, 3)
    result.cpu_seconds = round(time.process_time() - cpu, 3)
    write_marker(marker, result)
    log.info("backfill: %s → %s (%d articles)", unit, path.name, len(kept))
    return result


class UnitAnalyser:
    """Ray Data callable class: built once per actor (loads the spaCy model once), then
    called with batches of ``{"unit", "shard"}`` rows; returns one summary row per unit."""

    def __init__(self, settings: dict[str, Any], filters: dict[str, Any], cwd: str = "") -> None:
        import os

        from ..nlp.pipeline import load_model

        # Relative input and shard paths mean what they meant to the driver (on one
        # machine; a cluster's nodes need absolute paths on shared storage).
        if cwd and os.path.isdir(cwd):
            os.chdir(cwd)
        self.settings = Settings(**settings)
        self.filters = FilterOptions(**filters)
        load_model()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import json

        results = [
            analyse_unit(str(u), str(s), self.settings, self.filters)
            for u, s in zip(batch["unit"], batch["shard"], strict=True)
        ]
        return {"result": [json.dumps(r.to_dict()) for r in results]}
