"""The background scheduler ``storyline serve`` runs: ``run_due`` every tick, in a thread
with its own store connection, until stopped."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ..config import Settings
from ..sources import Fetcher
from ..store import open_store
from .feeds import FeedRun, run_due
from .options import WatchOptions

log = logging.getLogger(__name__)


class Scheduler:
    """Polls the due feeds of ``settings.db`` every ``options.tick`` seconds.

    ``start()`` starts the thread, ``wake()`` makes it look at once (after a watch was
    added), ``stop()`` ends it and waits for the run in progress. Errors are logged; the
    thread goes on."""

    def __init__(
        self,
        settings: Settings,
        *,
        fetcher: Fetcher | None = None,
        options: WatchOptions | None = None,
        on_run: Callable[[FeedRun], None] | None = None,
    ) -> None:
        self.settings = settings
        self.fetcher = fetcher
        self.options = options or WatchOptions()
        self.on_run = on_run
        self.runs = 0  # completed passes, for status pages and tests
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="storyline-watch", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        store = open_store(self.settings.db)
        try:
            while not self._stop.is_set():
                self._wake.clear()
                try:
                    run_due(
                        store, self.settings, self.fetcher,
                        options=self.options, on_run=self.on_run,
                        cancelled=self._stop.is_set,
                    )
                except Exception:  # the scheduler outlives any one bad pass
                    log.exception("watch scheduler: a pass failed")
                self.runs += 1
                self._wake.wait(self.options.tick)
        finally:
            store.close()
