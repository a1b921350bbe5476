"""POSTing alerts to the webhook URL a watchlist names.

The URL gets the same guard as any fetch (http(s) only, private and loopback addresses
refused unless ``allow_private``), a timeout, and no redirects. Delivery is attempted once
per alert; the outcome ("sent" or "failed: reason") is stored on the alert.
"""

from __future__ import annotations

import logging

import httpx

from ..config import Settings
from ..errors import FetchError
from ..sources.fetch import USER_AGENT, check_url
from ..store.watches import Alert

log = logging.getLogger(__name__)


def deliver(alert: Alert, url: str, settings: Settings) -> str:
    """POST one alert as JSON; return "sent" or "failed: <one-line reason>"."""
    try:
        check_url(url, settings.allow_private, settings.fetch_timeout)
        with httpx.Client(
            timeout=settings.fetch_timeout, follow_redirects=False, trust_env=False
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
