"""Where a fetch may connect, and how long it may take: the network side of ``fetch``.

- ``address_kind(ip)``: why an address may not be fetched ("loopback", "private", ...),
  or None when it is public; ``describe_address(ip)`` names it in a refusal. IPv6 forms
  that carry an IPv4 address inside (IPv4-mapped, IPv4-compatible, 6to4, Teredo, NAT64)
  are judged by the IPv4 address they carry: ``2002:7f00:1::`` is loopback like
  ``127.0.0.1``.
- ``PinnedBackend``: an httpcore network backend that connects only to the addresses the
  fetcher checked for this host (no second DNS lookup between the check and the connect,
  so a name that re-binds to 127.0.0.1 cannot be reached), and clamps every connect, read
  and write to the fetch's overall deadline (a server dripping one header line every few
  seconds cannot hold a fetch past its timeout). TLS still verifies the host name: the
  certificate and SNI use the name, only the TCP connect uses the pinned address.
- ``PinnedTransport(backend)``: httpx's transport over that backend.
"""

from __future__ import annotations

import functools
import ipaddress
import ssl
import threading
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052 well-known prefix
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215: local use only
_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated IPv4-compatible (::a.b.c.d)


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[tuple[str, ipaddress.IPv4Address]]:
    """The IPv4 addresses an IPv6 address carries, each with the name of the form."""
    found: list[tuple[str, ipaddress.IPv4Address]] = []
    if ip.ipv4_mapped is not None:
        found.append(("IPv4-mapped", ip.ipv4_mapped))
    if ip.sixtofour is not None:
        found.append(("6to4", ip.sixtofour))
    if ip.teredo is not None:
        server, client = ip.teredo
        found += [("Teredo", server), ("Teredo", client)]
    if ip in _NAT64:
        found.append(("NAT64", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
    if ip in _COMPATIBLE and int(ip) > 1:  # not :: or ::1 (judged as themselves)
        found.append(("IPv4-compatible", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
    return found


def _plain_kind(ip: IPAddress) -> str | None:
    for kind in ("loopback", "link_local", "multicast", "unspecified", "private", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    if not ip.is_global:  # e.g. 100.64.0.0/10 (carrier-grade NAT)
        return "non-public"
    return None


def address_kind(ip: IPAddress) -> str | None:
    """Why ``ip`` may not be fetched ("loopback", "private", ...), or None when public; an
    IPv6 form carrying an IPv4 address is judged by that address."""
    if isinstance(ip, ipaddress.IPv6Address):
        for _form, inner in embedded_ipv4(ip):
            kind = _plain_kind(inner)
            if kind:
                return kind
        if ip in _NAT64_LOCAL:
            return "non-public"
        if ip.ipv4_mapped is not None or ip in _NAT64:
            return None  # judged by the (public) IPv4 address inside
    return _plain_kind(ip)


def describe_address(ip: IPAddress) -> str:
    """``ip`` as written in a refusal: with the IPv4 address it carries, if any."""
    inner = embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else []
    bad = [(form, v4) for form, v4 in inner if _plain_kind(v4)]
    if bad:
        return f"{ip} ({bad[0][0]} form of {bad[0][1]})"
    return str(ip)


class _Deadline:
    """The current fetch's pins and deadline, per thread (a fetcher may serve threads)."""

    def __init__(self) -> None:
        self._local = threading.local()

    def set(self, pins: dict[str, list[str]], deadline: float) -> None:
        self._local.pins = pins
        self._local.deadline = deadline

    def pins(self, host: str) -> list[str]:
        pins: dict[str, list[str]] = getattr(self._local, "pins", {})
        return pins.get(host.lower().strip("[]"), [])

    def clamp(self, timeout: float | None, error: type[Exception]) -> float:
        """``timeout`` cut to the time left before the deadline; ``error`` once it passed."""
        deadline: float | None = getattr(self._local, "deadline", None)
        if deadline is None:
            return timeout if timeout is not None else 30.0
        left = deadline - time.monotonic()
        if left <= 0:
            raise error("the fetch's overall time limit was reached")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the fetch's deadline."""

    def __init__(self, stream: httpcore.NetworkStream, limits: _Deadline) -> None:
        self._stream = stream
        self._limits = limits

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._limits.clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._limits.clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(
            ssl_context, server_hostname, self._limits.clamp(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(tls, self._limits)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class PinnedBackend(httpcore.SyncBackend):
    """Connect only to pinned (checked) addresses, within the fetch's deadline."""

    def __init__(self) -> None:
        self.limits = _Deadline()

    def pin(self, host: str, addresses: Iterable[str], deadline: float) -> None:
        """Before a request: ``host`` may be reached at ``addresses`` until ``deadline``
        (a ``time.monotonic()`` value)."""
        self.limits.set({host.lower().strip("[]"): list(addresses)}, deadline)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self.limits.pins(host)
        if not addresses:  # never resolve here: only checked addresses are reachable
            raise httpcore.ConnectError(f"{host} was not checked before connecting")
        error: Exception | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(
                    address,
                    port,
                    timeout=self.limits.clamp(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as e:
                error = e
                continue
            return _DeadlineStream(stream, self.limits)
        assert error is not None
        raise error


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The verifying TLS context every fetch shares: building one reads the whole CA
    bundle (about 20 ms), and a watch loop makes a fetcher per poll. Contexts are safe to
    share between connections and threads; nothing changes this one after it is made."""
    return httpx.create_ssl_context(trust_env=False)


class PinnedTransport(httpx.HTTPTransport):
    """httpx's transport over a ``PinnedBackend`` (no proxy, no environment)."""

    def __init__(self, backend: PinnedBackend, retries: int = 0) -> None:
        super().__init__(verify=tls_context(), retries=retries, trust_env=False)
        # httpx builds its httpcore pool without a way to pass a network backend: build
        # the same pool (httpcore's public constructor) with ours. httpx is pinned.
        self._pool = httpcore.ConnectionPool(
            ssl_context=tls_context(),
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            retries=retries,
            network_backend=backend,
        )
