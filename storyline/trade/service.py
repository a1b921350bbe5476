"""The trade lens over a store: mentions cached per article, the ledger, a story's measures.

Mentions are cached through the ``Store`` protocol: ingest extracts them from the analyses
it has just made (``cache_mentions``); anything not cached yet is extracted from the stored
analyses the first time the ledger is needed. The ledger is rebuilt from the cached
mentions, and kept per database (shared by every store open on the same file in this
process) until the database changes, or, for a caller that accepts it (the web server
while an ingest writes), for at most ``max_age`` seconds.

A story's measures need the ledger only when one of its articles mentions a measure (a
record lists a story only through mentions from its articles); for every other story the
answer is an empty list from one indexed read, so ``brief`` does not pay for the whole
store.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from storyline.records import Analysis
from storyline.store import Store
from storyline.store.measures import MentionRow

from .extract import EXTRACTOR_VERSION, extract_mentions
from .ledger import LedgerRow, build_ledger
from .model import Ledger, MeasureMention, MeasureRecord
from .places import normalise

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
_BATCH = 500
_CACHE: weakref.WeakKeyDictionary[Any, tuple[str, Ledger, float]] = (
    weakref.WeakKeyDictionary())
_SHARED: dict[tuple[str, str, int], tuple[str, Ledger, float]] = {}  # by database, see _key
_LOCK = threading.Lock()


def refresh_mentions(store: Store, progress: Progress | None = None) -> int:
    """Extract and cache the mentions of every article not done by this extractor version;
    return how many articles were read."""
    done = 0
    while True:
        analyses = store.analyses_without_mentions(EXTRACTOR_VERSION, limit=_BATCH)
        if not analyses:
            return done
        cache_mentions(store, analyses)
        done += len(analyses)
        if progress:
            progress("trade mentions", done, done)


def cache_mentions(store: Store, analyses: list[Analysis]) -> None:
    """Extract and cache the mentions of analyses already in hand (ingest calls this with
    the analyses it has just stored, so nothing is read back from the database)."""
    items = []
    for analysis in analyses:
        try:
            mentions = [m.to_dict() for m in extract_mentions(analysis)]
        except Exception:  # one article's oddity must not stop the ledger
            log.exception("trade mentions failed on article %s", analysis.article_id)
            mentions = []
        items.append((analysis.article_id, mentions))
    if items:
        store.put_measure_mentions(EXTRACTOR_VERSION, items)


def _key(store: Store) -> tuple[str, str, int] | None:
    """Stores open on the same database file share one cached ledger (the web server has a
    store per handler thread); an in-memory database is its own. The file's inode tells
    a database recreated at the same path (``storyline demo``) from the one before."""
    path = getattr(store, "path", None)
    if not isinstance(path, str) or not path or path == ":memory:":
        return None
    try:
        inode = os.stat(path).st_ino
    except OSError:  # not a file (PostgreSQL names its database by URL)
        inode = 0
    return (type(store).__name__, path, inode)


def _cached(store: Store) -> tuple[str, Ledger, float] | None:
    key = _key(store)
    with _LOCK:
        if key is not None:
            return _SHARED.get(key)
        try:
            return _CACHE.get(store)
        except TypeError:  # a store that cannot be weakly referenced: no cache
            return None


def _remember(store: Store, entry: tuple[str, Ledger, float]) -> None:
    key = _key(store)
    with _LOCK:
        if key is not None:
            _SHARED[key] = entry
        else:
            with contextlib.suppress(TypeError):
                _CACHE[store] = entry


def ledger(store: Store, progress: Progress | None = None, *,
           max_age: float | None = None) -> Ledger:
    """Every measure record the stored coverage supports, with its history.

    Rebuilt when the database changed since the cached one was built; with ``max_age``, a
    cached ledger younger than that many seconds is returned even if it changed since."""
    cached = _cached(store)
    if cached and (cached[0] == store.measure_stamp()
                   or (max_age is not None and time.monotonic() - cached[2] < max_age)):
        return cached[1]  # nothing the ledger reads has changed (or it is recent enough)
    try:
        refresh_mentions(store, progress)
    except Exception as exc:  # a read-only database: work from the analyses, uncached
        log.warning("trade mentions not cached (%s); extracting them in memory", exc)
        return build_ledger(_uncached_rows(store))
    stamp = store.measure_stamp()
    rows = [_ledger_row(r) for r in store.measure_mention_rows(EXTRACTOR_VERSION)]
    built = build_ledger(rows)
    _remember(store, (stamp, built, time.monotonic()))
    return built


def ledger_stamp(store: Store) -> str | None:
    """The database state of this process's cached ledger (None: none cached yet); a page
    showing measures can key its cache by it."""
    cached = _cached(store)
    return cached[0] if cached else None


def _ledger_row(r: MentionRow) -> LedgerRow:
    return LedgerRow(
        article_id=r.article_id, external_id=r.external_id, outlet=r.outlet,
        published=r.published, story_id=r.story_id, seq=r.seq,
        mentions=[MeasureMention.from_dict(m) for m in r.mentions],
    )


def _uncached_rows(store: Store) -> list[LedgerRow]:
    rows = []
    for seq, (article, analysis, assignment) in enumerate(store.iter_items()):
        mentions = extract_mentions(analysis)
        if mentions:
            rows.append(LedgerRow(
                article_id=article.id, external_id=article.external_id, outlet=article.outlet,
                published=article.published, story_id=assignment.story_id, seq=seq,
                mentions=mentions))
    return rows


def ledger_records(store: Store) -> list[dict[str, Any]]:
    """The ``storyline measures --json`` list: JSON-ready measure records."""
    return [r.to_dict() for r in ledger(store).records]


def story_has_mentions(store: Store, story_id: int) -> bool:
    """Whether any article of the story mentions a trade measure (its articles' mentions
    are extracted and cached first if not done yet). True when that cannot be told
    (a read-only database without the cache): the caller then builds the whole ledger."""
    try:
        for _ in range(10_000):  # a story's articles, 500 at a time
            missing = store.analyses_without_mentions(
                EXTRACTOR_VERSION, limit=_BATCH, story_id=story_id)
            if not missing:
                break
            cache_mentions(store, missing)
    except Exception as exc:
        log.warning("trade mentions of story %s not cached (%s)", story_id, exc)
        return True
    return bool(store.measure_mention_rows(EXTRACTOR_VERSION, story_id=story_id))


def story_measures(store: Store, story_id: int, *,
                   max_age: float | None = None) -> list[dict[str, Any]]:
    """The measures one story reports, each with its whole history across stories (the
    brief's ``measures`` key): the contract record plus ``conflicts`` and event details.
    Only a story whose articles mention a measure needs the ledger (see the module
    docstring); ``max_age`` as in ``ledger``."""
    return live_story_measures(store, story_id, max_age=max_age) or []


def live_story_measures(store: Store, story_id: int, *,
                        max_age: float | None = None) -> list[dict[str, Any]] | None:
    """``story_measures``, or None when no article of the story mentions a measure: then
    its measures are [] and stay so until the story itself changes. Otherwise they follow
    the whole ledger, so a cached copy of them can go stale while the story does not."""
    if not story_has_mentions(store, story_id):
        return None
    book = ledger(store, max_age=max_age)
    return [book.full(r) for r in book.records if story_id in r.stories]


def filter_records(
    records: list[MeasureRecord],
    *,
    by: str | None = None,
    on: str | None = None,
    instrument: str | None = None,
    status: str | None = None,
) -> list[MeasureRecord]:
    """Records imposed by ``by``, affecting ``on`` (a record affecting all partners counts),
    of an instrument, in a status. Jurisdictions may be written any way ("U.S.", "Beijing")."""
    out = records
    if by:
        name = normalise(by) or by
        out = [r for r in out if (r.imposed_by or "").lower() == name.lower()]
    if on:
        name = normalise(on) or on
        out = [r for r in out if not r.affects or name.lower() in {a.lower() for a in r.affects}]
    if instrument:
        out = [r for r in out if r.instrument == instrument.lower()]
    if status:
        out = [r for r in out if r.status == status.lower()]
    return out
