"""What ``serve`` runs beside the requests: the feed-watch scheduler (``storyline.watch``)
and a brief warmer that builds the missing briefs of the newest stories, one at a time, so
that story pages and discrepancy counts are ready before anyone asks."""

from __future__ import annotations

import logging
import threading
from typing import IO, TYPE_CHECKING

from ..store import open_store
from .views import brief_dict

if TYPE_CHECKING:
    from ..watch import Scheduler
    from .app import WebState

log = logging.getLogger(__name__)


class Background:
    def __init__(self, web: WebState) -> None:
        self.web = web
        self.scheduler: Scheduler | None = None
        self._stop = threading.Event()
        self._warmer: threading.Thread | None = None
        self._lock_file: IO[str] | None = None

    def start(self) -> None:
        options = self.web.options
        if not (options.run_watches or options.warm_briefs) or not self._elected():
            return
        if options.run_watches:
            from ..watch import Scheduler, WatchOptions

            self.scheduler = Scheduler(
                self.web.settings, options=WatchOptions(tick=options.tick_seconds)
            )
            self.scheduler.start()
        if options.warm_briefs:
            self._warmer = threading.Thread(
                target=self._warm, name="storyline-briefs", daemon=True
            )
            self._warmer.start()

    def _elected(self) -> bool:
        """True in the one process that runs the background jobs (always, unless
        ``background_lock`` names a lock file that another worker already holds)."""
        path = self.web.options.background_lock
        if path is None:
            return True
        import fcntl

        fh = open(path, "a")  # noqa: SIM115 - held open (locked) until stop()
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            log.debug("background jobs run in another worker process")
            return False
        self._lock_file = fh
        return True

    def wake_watches(self) -> None:
        if self.scheduler is not None:
            self.scheduler.wake()

    def stop(self) -> None:
        self._stop.set()
        if self.scheduler is not None:
            self.scheduler.stop()
        if self._warmer is not None:
            self._warmer.join(10)
        if self._lock_file is not None:
            self._lock_file.close()  # releases the lock
            self._lock_file = None

    def _warm(self) -> None:
        store = open_store(self.web.settings.db)
        code = self.web.code
        failed: set[tuple[int, int]] = set()
        try:
            while not self._stop.is_set():
                try:
                    todo = [
                        key for key in store.stories_without_brief(code, limit=50)
                        if key not in failed
                    ][:10]
                    for key in todo:
                        if self._stop.is_set():
                            break
                        failed.add(key)  # until it succeeds: one bad story never loops
                        brief_dict(store, store.story_summary(key[0]), code,
                                   measures_max_age=self.web.options.measures_max_age,
                                   min_confidence=self.web.settings.confidence_threshold)
                        failed.discard(key)
                        self._stop.wait(0.05)  # leave the CPU to requests between briefs
                except Exception:  # the warmer outlives one bad story
                    log.exception("brief warmer: a pass failed")
                    todo = []
                if not todo:
                    self._stop.wait(self.web.options.tick_seconds)
        finally:
            store.close()
