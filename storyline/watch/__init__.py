"""The living service: watched feeds, article revisions, watchlists and alerts.

This room owns polling feeds on a schedule and turning what changed into alerts. It
depends on ``sources`` (the safe fetcher, the feed reader), ``store`` (``store/watches.py``)
and ``api`` (ingest of the entries read); nothing below depends on it.

Feeds (``watch.feeds``):
- ``add_watch(store, url, every="15m", name=None) -> Watch``; ``list_watches(store)``;
  ``remove_watch(store, key)`` (id, name or URL); ``parse_every("15m") -> seconds``.
- ``run_due(store, settings, fetcher=None, *, force=False) -> list[FeedRun]``: fetch every
  due feed (all with ``force``) with conditional GET (ETag / Last-Modified), a per-host
  politeness delay, exponential back-off after failures, status stored per feed; a broken
  feed never stops the others; new entries are ingested (``api.ingest_items``) and the
  touched stories evaluated against the watchlists.
- ``Scheduler(settings)``: ``run_due`` in a background thread; ``start()``, ``stop()``,
  ``wake()`` (run now, e.g. after a watch was added). ``storyline serve`` runs one.

Revisions (``watch.revisions``): the same URL read again with changed text becomes a new
revision of the stored article (``api.ingest_items`` does it); ``revisions(store, id)``
lists the texts, ``diff(older, newer)`` is a unified diff.

Watchlists and alerts (``watch.alerts``):
- ``add_watchlist(store, name, keywords=, people=, outlets=, countries=, webhook=)``,
  ``list_watchlists``, ``remove_watchlist``.
- ``evaluate(store, story_ids, settings=None) -> list[Alert]``: after an ingest, raise an
  alert when a story first matches a watchlist, gains an outlet, or gains a discrepancy
  (changes after the watchlist was made); POST each to the watchlist's webhook
  (``watch.webhooks``). ``storyline ingest`` and ``run_due`` call it.
- ``list_alerts(store, since=None, cursor=None, limit=100, watchlist=None, newest=False)``
  (``cursor``: the last alert id seen; ``newest``: the latest first, for feeds);
  ``render_atom(alerts, title, feed_id, link=None)`` (``watch.atom``).
"""

from __future__ import annotations

from ..store.watches import Alert, Revision, Watch, Watchlist
from .alerts import add_watchlist, evaluate, list_alerts, list_watchlists, remove_watchlist
from .atom import render_atom
from .feeds import FeedRun, add_watch, list_watches, parse_every, remove_watch, run_due
from .options import WatchOptions
from .revisions import diff, revisions
from .scheduler import Scheduler

__all__ = [
    "Alert",
    "FeedRun",
    "Revision",
    "Scheduler",
    "Watch",
    "WatchOptions",
    "Watchlist",
    "add_watch",
    "add_watchlist",
    "diff",
    "evaluate",
    "list_alerts",
    "list_watches",
    "list_watchlists",
    "parse_every",
    "remove_watch",
    "remove_watchlist",
    "render_atom",
    "revisions",
    "run_due",
]
