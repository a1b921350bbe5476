"""POSTing alerts to the webhook URL a watchlist names.

The URL gets the same guard as any fetch (http(s) only, private and loopback addresses
refused unless ``allow_private``), a timeout, and no redirects. The outcome ("sent", or
"failed: reason", "failed (2 tries): reason" …) is stored on the alert; ``redeliver`` tries
the undelivered alerts of the last day again, each at most ``MAX_TRIES`` times in all
(every watch pass calls it).
"""

from __future__ import annotations

import logging
import re
import time
from datetime import UTC, datetime, timedelta

import httpx

from ..config import Settings
from ..errors import FetchError
from ..sources.connect import PinnedBackend, PinnedTransport
from ..sources.fetch import USER_AGENT, check_url
from ..store import Store
from ..store.watches import Alert

# Tries per alert, in all; a receiver down for longer than a few watch passes is told of
# the alerts it missed by `storyline alerts --after ID` (or /api/alerts), not by retries.
MAX_TRIES = 5
# Alerts older than this are not delivered again: stale news is noise.
RETRY_WINDOW = timedelta(days=1)
_TRIES = re.compile(r"^failed(?: \((\d+) tries\))?:")

log = logging.getLogger(__name__)


def deliver(alert: Alert, url: str, settings: Settings) -> str:
    """POST one alert as JSON; return "sent" or "failed: <one-line reason>"."""
    try:
        addresses = check_url(url, settings.allow_private, settings.fetch_timeout)
        # Connect to the addresses just checked (no second DNS lookup: no rebinding).
        backend = PinnedBackend()
        backend.pin(httpx.URL(url).host, addresses, time.monotonic() + settings.fetch_timeout)
        with httpx.Client(
            timeout=settings.fetch_timeout,
            follow_redirects=False,
            trust_env=False,
            transport=PinnedTransport(backend),
        ) as client:
            response = client.post(
                url, json=alert.to_dict(), headers={"User-Agent": USER_AGENT}
            )
        if not response.is_success:
            return f"failed: HTTP {response.status_code}"
        return "sent"
    except FetchError as exc:
        reason = exc.reason
    except httpx.HTTPError as exc:
        reason = f"{type(exc).__name__}: {exc}"
    log.warning("webhook %s for alert %s: %s", url, alert.id, reason)
    return "failed: " + " ".join(reason.split())


def tries_of(delivery: str | None) -> int:
    """How many deliveries a status records: "pending" 0, "failed: …" 1, "failed (3
    tries): …" 3."""
    m = _TRIES.match(delivery or "")
    if not m:
        return 0
    return int(m.group(1) or 1)


def redeliver(store: Store, settings: Settings, *, now: datetime | None = None) -> int:
    """POST again the alerts of the last day whose delivery is pending or failed (fewer
    than ``MAX_TRIES`` tries); return how many were sent now."""
    now = now or datetime.now(UTC)
    since = (now - RETRY_WINDOW).isoformat(timespec="seconds")
    hooks = {w.id: w.webhook for w in store.watchlists() if w.webhook}
    if not hooks:
        return 0
    sent = 0
    for alert in store.alerts(since=since, undelivered=True, limit=1000):
        tries = tries_of(alert.delivery)
        url = hooks.get(alert.watchlist_id)
        if url is None or tries >= MAX_TRIES:
            continue
        outcome = deliver(alert, url, settings)
        if outcome == "sent":
            sent += 1
        elif tries:
            outcome = f"failed ({tries + 1} tries):" + outcome[len("failed:"):]
        store.set_alert_delivery(alert.id, outcome)
    return sent
