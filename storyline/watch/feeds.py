"""Watched feeds: add, list, remove, and one polling run over the feeds that are due.

A run fetches each due feed with a conditional GET (the ETag and Last-Modified it answered
last time). A 304, or the same bytes again, means nothing to do. Otherwise the entries not
read before (or whose entry changed: title, summary, dates) are read through the feed
reader of ``sources`` (so the linked page is fetched through the same safe fetcher) and
ingested; an entry whose page changed becomes a revision of the stored article. Requests
to one host are spaced by a politeness delay. A failure is recorded on the feed and pushes
its next try back exponentially; it never stops the other feeds.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from .. import api
from ..config import Settings
from ..errors import FetchError, InputError, StorylineError
from ..records import Article, Record, Rejection
from ..sources import Fetcher, FetchResponse, HttpFetcher, screen_item
from ..sources.formats import read_feed
from ..store import Store
from ..store.watches import Watch
from .alerts import evaluate
from .options import WatchOptions
from .webhooks import redeliver

log = logging.getLogger(__name__)

_EVERY = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass
class FeedRun(Record):
    """What one run did for one feed."""

    watch_id: int
    name: str
    url: str
    status: str  # "ok", "not modified", "unchanged", "error"
    entries: int = 0  # entries new or changed since the last run
    added: int = 0
    duplicates: int = 0
    revised: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    stories: list[int] = field(default_factory=list)
    error: str | None = None
    next_due: str = ""


def parse_every(text: str | int, options: WatchOptions | None = None) -> int:
    """``"15m"``, ``"2h"``, ``"1d"``, ``"90s"`` or plain seconds → seconds."""
    options = options or WatchOptions()
    m = _EVERY.match(str(text))
    if not m:
        raise StorylineError(
            f"--every {text!r}: not an interval; use a number with s, m, h or d (e.g. 15m)"
        )
    seconds = int(m.group(1)) * _UNIT[m.group(2).lower()]
    if seconds < options.min_every:
        raise StorylineError(
            f"--every {text!r}: too often; the shortest interval is {options.min_every} s"
        )
    return seconds


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def add_watch(
    store: Store,
    url: str,
    every: str | int | None = None,
    name: str | None = None,
    *,
    options: WatchOptions | None = None,
) -> Watch:
    """Watch a feed; it is due at once. The name defaults to the URL's host and path."""
    options = options or WatchOptions()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StorylineError(f"{url}: not an http(s) feed URL")
    seconds = options.default_every if every is None else parse_every(every, options)
    name = (name or (parts.hostname + parts.path.rstrip("/"))).strip()
    return store.add_watch(url, name, seconds)


def list_watches(store: Store) -> list[Watch]:
    return store.watches()


def remove_watch(store: Store, key: str | int) -> Watch:
    """Stop watching a feed (by id, name or URL); its stored articles stay."""
    found = store.watch(key)
    store.remove_watch(found.id)
    return found


class PoliteFetcher:
    """Spaces requests to one host by ``delay`` seconds; passes request headers on."""

    def __init__(self, inner: Fetcher, delay: float) -> None:
        self.inner = inner
        self.delay = delay
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> FetchResponse:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            wait = self._last.get(host, -1e9) + self.delay - time.monotonic()
            self._last[host] = time.monotonic() + max(wait, 0.0)
        if wait > 0:
            time.sleep(wait)
        if headers:
            return self.inner.fetch(url, headers=headers)  # type: ignore[call-arg]
        return self.inner.fetch(url)


class _EntryPages:
    """The fetcher the feed reader sees: new entries' pages are fetched, the pages of
    entries already read are refused without a request (their items are dropped)."""

    def __init__(self, inner: PoliteFetcher, wanted: set[str]) -> None:
        self.inner = inner
        self.wanted = wanted

    def fetch(self, url: str) -> FetchResponse:
        if url not in self.wanted:
            raise FetchError(url, "entry unchanged since the last run")
        return self.inner.fetch(url)


def _entry_key(entry: dict[str, Any], fingerprint: str) -> str:
    # An entry with neither id nor link is known by its content.
    return dict.get(entry, "id") or dict.get(entry, "link") or f"content:{fingerprint}"


def _fingerprint(entry: dict[str, Any]) -> str:
    # dict.get: FeedParserDict.get("updated") warns and falls back to "published".
    keys = ("link", "title", "summary", "updated", "published")
    parts = [str(dict.get(entry, k) or "") for k in keys]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _fresh_entries(
    body: bytes, known: dict[str, str], limit: int
) -> tuple[dict[str, str], dict[int, str], set[str]]:
    """Entries new or changed: key → fingerprint, entry number → key, their links."""
    import feedparser

    parsed = feedparser.parse(body)
    fresh: dict[str, str] = {}
    numbers: dict[int, str] = {}
    links: set[str] = set()
    for i, entry in enumerate(parsed.entries, 1):
        fp = _fingerprint(entry)
        key = _entry_key(entry, fp)
        numbers[i] = key
        if known.get(key) != fp and len(fresh) < limit:
            fresh[key] = fp
            if entry.get("link"):
                links.add(entry["link"])
    return fresh, numbers, links


def run_watch(
    store: Store,
    settings: Settings,
    watch: Watch,
    fetcher: PoliteFetcher,
    options: WatchOptions,
    now: datetime,
    *,
    today: date | None = None,
) -> tuple[FeedRun, list[int]]:
    """One conditional fetch of one feed, ingesting what is new. Never raises for a bad
    feed: the error is recorded on the watch and in the returned ``FeedRun``."""
    run = FeedRun(watch.id, watch.name, watch.url, status="ok")
    status: dict[str, Any] = {"last_fetch": _iso(now)}
    touched: list[int] = []
    try:
        headers = {}
        if watch.etag:
            headers["If-None-Match"] = watch.etag
        if watch.last_modified:
            headers["If-Modified-Since"] = watch.last_modified
        response = fetcher.fetch(watch.url, headers=headers or None)
        body_hash = hashlib.sha256(response.body).hexdigest()
        if response.status == 304:
            run.status = "not modified"
        elif body_hash == watch.body_hash:
            run.status = "unchanged"
        else:
            known = store.watch_entries(watch.id)
            fresh, numbers, links = _fresh_entries(response.body, known, options.max_new_entries)
            items = [
                screen_item(item, settings)  # storable, bounded, one-line (as read_source)
                for item in read_feed(
                    response.body,
                    watch.url,
                    today or now.date(),
                    _EntryPages(fetcher, links),
                    settings.fetch_feed_links,
                    max_record_bytes=settings.file_max_bytes,
                    budget=settings.feed_fetch_budget,
                )
            ]
            # The reader names each item "<feed> entry <n>": keep the fresh entries' items.
            keys = {f"{watch.url} entry {i}": k for i, k in numbers.items()}
            kept = [it for it in items if _is_fresh(it, fresh, keys)]
            report = api.ingest_items(kept, store, settings)
            store.put_watch_entries(watch.id, fresh)
            run.entries = len(fresh)
            run.added, run.duplicates = report.added, report.duplicates
            run.revised, run.rejected = len(report.revised), report.rejected
            run.stories = touched = report.stories
            status.update(
                items_seen=watch.items_seen + len(fresh),
                articles_added=watch.articles_added + report.added,
            )
            if report.added or report.revised:
                status["last_new_item"] = _iso(now)
        if response.status != 304:
            status.update(
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
                body_hash=body_hash,
            )
        status.update(failures=0, last_error=None, last_status=run.status)
        next_due = now + timedelta(seconds=watch.every_seconds)
    except Exception as exc:  # a broken feed is recorded and never stops the others
        if isinstance(exc, InputError):
            reason = exc.reason
        elif isinstance(exc, StorylineError):
            reason = str(exc)
        else:
            log.exception("%s: unexpected error while watching", watch.url)
            reason = f"{type(exc).__name__}: {exc}"
        run.status, run.error = "error", " ".join(reason.split())
        failures = watch.failures + 1
        delay = min(watch.every_seconds * 2**failures, options.max_backoff)
        next_due = now + timedelta(seconds=delay)
        status.update(failures=failures, last_error=run.error, last_status="error")
    run.next_due = status["next_due"] = _iso(next_due)
    store.update_watch(watch.id, **status)
    return run, touched


def _is_fresh(item: Article | Rejection, fresh: dict[str, str], keys: dict[str, str]) -> bool:
    key = keys.get(item.source)
    if key is None and isinstance(item, Article):
        key = item.external_id  # the reader keeps an entry's id (or link) as external_id
    return key is None or key in fresh  # an item not traced to an entry is kept


def run_due(
    store: Store,
    settings: Settings,
    fetcher: Fetcher | None = None,
    *,
    force: bool = False,
    options: WatchOptions | None = None,
    now: datetime | None = None,
    on_run: Callable[[FeedRun], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[FeedRun]:
    """Fetch every feed that is due (every feed with ``force``), then raise the alerts of
    the stories that changed. ``fetcher`` defaults to an ``HttpFetcher`` over ``settings``
    (size cap, timeout, private addresses refused unless allowed). ``cancelled`` is asked
    before each feed: a scheduler being stopped ends the pass early."""
    options = options or WatchOptions()
    now = now or datetime.now(UTC)
    due = store.watches() if force else store.due_watches(_iso(now))
    if not due:
        return []
    own = HttpFetcher(settings) if fetcher is None else None
    polite = PoliteFetcher(fetcher or own, options.politeness_delay)  # type: ignore[arg-type]
    runs: list[FeedRun] = []
    touched: set[int] = set()
    try:
        for watch in due:
            if cancelled and cancelled():
                break
            run, stories = run_watch(store, settings, watch, polite, options, now)
            log.info("watch %s: %s", watch.name, run.status)
            runs.append(run)
            touched.update(stories)
            if on_run:
                on_run(run)
    finally:
        if own is not None:
            own.close()
    try:
        redeliver(store, settings, now=now)  # webhooks that failed on an earlier pass
    except StorylineError as exc:
        log.error("webhooks not retried: %s", exc)
    if touched:
        try:
            evaluate(store, sorted(touched), settings)
        except StorylineError as exc:
            log.error("alerts not evaluated: %s", exc)
    return runs

