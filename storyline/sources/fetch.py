"""Fetching URLs safely: the ``Fetcher`` seam and its httpx implementation.

``HttpFetcher`` fetches http(s) only, resolves each host and refuses private, loopback,
link-local, reserved, multicast and unspecified addresses (unless ``allow_private``; IPv6
forms carrying an IPv4 address — 6to4, Teredo, NAT64, IPv4-mapped — are judged by the
address they carry), connects to the very address it checked (no second DNS lookup: no
DNS rebinding), follows at most 5 redirects itself so every hop is re-checked, applies the
timeout to the whole fetch (every connect, header and body read ends by one deadline),
and stops reading at ``fetch_max_bytes``. A malformed URL is a ``FetchError``. Tests pass
any object with a ``fetch(url)`` method instead (canned bytes by URL).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from storyline.config import Settings
from storyline.errors import BlockedAddressError, FetchError
from storyline.sources.connect import (
    PinnedBackend,
    PinnedTransport,
    address_kind,
    describe_address,
)

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
USER_AGENT = "storyline/0.1 (news reader)"
# Names that never resolve on the public internet (RFC 2606 / 6761): fail at once, no DNS.
RESERVED_TLDS = ("example", "invalid", "test")


@dataclass(frozen=True)
class FetchResponse:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # media type only, lower case ("text/html")
    body: bytes
    # Response headers, names in lower case (ETag, Last-Modified for conditional GET).
    headers: dict[str, str] = field(default_factory=dict)


class Fetcher(Protocol):
    def fetch(self, url: str) -> FetchResponse: ...


def _address_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address may not be fetched ("private", "loopback", ...), None if public."""
    return address_kind(ip)


def _resolve(host: str, port: int, timeout: float) -> list[str]:
    """The host's addresses; getaddrinfo has no timeout of its own, so run it in a thread."""
    result: dict[str, object] = {}

    def work() -> None:
        try:
            result["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as e:
            result["error"] = e

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise TimeoutError(f"resolving {host} took longer than {timeout} s")
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    infos = result["infos"]
    return sorted({info[4][0] for info in infos})  # type: ignore[attr-defined]


def check_url(
    url: str, allow_private: bool, timeout: float, allowed: frozenset[str] = frozenset()
) -> list[str]:
    """The addresses ``url``'s host may be reached at; ``FetchError`` /
    ``BlockedAddressError`` unless it may be fetched.

    ``allowed`` lists addresses accepted even when not public (one intranet server)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as e:  # "http://[::1/x": an unclosed IPv6 bracket
        raise FetchError(url, f"malformed URL ({e})") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(url, f"unsupported URL scheme {parts.scheme!r} (only http and https)")
    if not host:
        raise FetchError(url, "URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        host = httpx.URL(url).host or host  # the name as httpx will send it (IDNA)
    except ValueError as e:
        raise FetchError(url, f"invalid port ({e})") from None
    except httpx.InvalidURL as e:
        raise FetchError(url, f"malformed URL ({e})") from None
    if host.rsplit(".", 1)[-1].lower() in RESERVED_TLDS:
        raise FetchError(url, f"cannot resolve {host}: a reserved name that never resolves")
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            resolved = _resolve(host, port, timeout)
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in resolved]
        except (OSError, TimeoutError) as e:
            raise FetchError(url, f"cannot resolve {host} ({e})") from None
    if allow_private:
        return [str(ip) for ip in addresses]
    for ip in addresses:
        if str(ip) in allowed:
            continue
        kind = _address_kind(ip)
        if kind:
            raise BlockedAddressError(
                url,
                f"refused: {describe_address(ip)} is a {kind} address "
                "(pass --allow-private to allow)",
            )
    return [str(ip) for ip in addresses]


class HttpFetcher:
    """Fetch URLs over http(s) with the guards of ``Settings`` (see module docstring)."""

    def __init__(self, settings: Settings, allowed_addresses: Iterable[str] = ()) -> None:
        """``allowed_addresses``: IPs fetched even though not public (e.g. one intranet
        news server) while every other private address stays refused."""
        self.settings = settings
        self.allowed = frozenset(str(ipaddress.ip_address(a)) for a in allowed_addresses)
        # trust_env=False: a proxy from the environment would make the address check moot.
        # The transport connects only to addresses pinned by ``fetch`` after its check.
        self._backend = PinnedBackend()
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.fetch_timeout),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": USER_AGENT},
            transport=PinnedTransport(self._backend),
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> FetchResponse:
        """``headers``: extra request headers (e.g. If-None-Match); a 304 Not Modified
        answer to a conditional request is returned (status 304, empty body)."""
        timeout = self.settings.fetch_timeout
        deadline = time.monotonic() + timeout
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            # The connection goes to the very addresses checked here (pinned in the
            # transport), with the Host header and TLS name still the URL's host.
            left = max(0.001, deadline - time.monotonic())
            try:
                addresses = check_url(current, self.settings.allow_private, left, self.allowed)
            except FetchError as e:
                if current == url:
                    raise
                raise type(e)(url, f"redirected to {current}: {e.reason}") from None
            self._backend.pin(httpx.URL(current).host, addresses, deadline)
            try:
                status, got, body = self._get(current, deadline, headers)
            except httpx.TimeoutException:
                raise FetchError(url, f"timed out after {timeout} s") from None
            except httpx.HTTPError as e:
                raise FetchError(url, f"fetch failed ({type(e).__name__}: {e})") from None
            if status in (301, 302, 303, 307, 308) and got.get("location"):
                try:
                    current = urljoin(current, got["location"])
                except ValueError as e:  # a Location with an unclosed IPv6 bracket
                    raise FetchError(url, f"redirected to a malformed URL ({e})") from None
                logger.debug("redirect %s -> %s", url, current)
                continue
            found = {k.lower(): v for k, v in got.items()}
            if status == 304 and headers:
                return FetchResponse(url, current, status, "", b"", found)
            if not 200 <= status < 300:
                reason = httpx.codes.get_reason_phrase(status)
                raise FetchError(url, f"HTTP {status} {reason}".rstrip())
            content_type = got.get("content-type", "").split(";")[0].strip().lower()
            return FetchResponse(url, current, status, content_type, body, found)
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _get(
        self, url: str, deadline: float, headers: Mapping[str, str] | None = None
    ) -> tuple[int, httpx.Headers, bytes]:
        limit = self.settings.fetch_max_bytes
        with self._client.stream("GET", url, headers=headers) as response:
            if response.is_redirect or not response.is_success:
                return response.status_code, response.headers, b""
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(url, _too_large(limit))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(url, _too_large(limit))
                # httpx times each read; this bounds a server that trickles bytes forever.
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("total time exceeded")
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)


def _too_large(limit: int) -> str:
    return f"response larger than {limit} bytes (raise STORYLINE_FETCH_MAX_BYTES to allow)"
