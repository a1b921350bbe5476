"""Hardening, fetching: one deadline per fetch (headers dripping included), a time budget
per feed, no second DNS lookup (rebinding), IPv6 forms carrying private IPv4 refused, and
malformed URLs as FetchError. Servers run on 127.0.0.1 in threads."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from storyline.config import Settings
from storyline.errors import BlockedAddressError, FetchError
from storyline.records import Article, Rejection
from storyline.sources import read_source
from storyline.sources.fetch import HttpFetcher, check_url

TODAY = date(2026, 11, 22)
BODY = (
    "The harbour authority said on Tuesday that the new ferry terminal would open in May, "
    "after two years of delays caused by flooding and a dispute with the builder over the "
    "cost of the steel used for its piers. Ferry operators welcomed the news on Tuesday."
)
PAGE = (f"<html><head><title>Ferry terminal opens</title></head><body><article>"
        f"<h1>Ferry terminal opens</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>"
        ).encode()


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        if self.path == "/drip":  # one header line every 0.2 s, for up to a minute
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for n in range(300):
                try:
                    self.wfile.write(f"X-Drip-{n}: yes\r\n".encode())
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.2)
            self.close_connection = True
            return
        if self.path.startswith("/slow"):
            time.sleep(1.0)
        if self.path == "/feed":
            body = _feed(self.server.server_address[1]).encode()
            ctype = "application/rss+xml"
        elif self.path == "/bad-location":
            self.send_response(302)
            self.send_header("Location", "http://[::1/nowhere")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        else:
            body, ctype = PAGE, "text/html; charset=utf-8"
        try:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass


def _feed(port: int) -> str:
    items = "".join(
        f"<item><title>Entry {n}</title><link>http://127.0.0.1:{port}/slow{n}</link>"
        f"<description>{BODY} Entry {n}.</description></item>"
        for n in range(8)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Port</title>{items}' \
           "</channel></rss>"


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_headers_dripping_cannot_hold_a_fetch_past_its_timeout(server: str) -> None:
    settings = Settings(allow_private=True, fetch_timeout=1.0)
    started = time.monotonic()
    with HttpFetcher(settings) as fetcher, pytest.raises(FetchError, match="timed out"):
        fetcher.fetch(f"{server}/drip")
    assert time.monotonic() - started < 5  # the drip would last a minute


def test_a_feed_spends_at_most_its_budget_on_linked_pages(server: str) -> None:
    Handler.hits.clear()
    settings = Settings(allow_private=True, fetch_timeout=5.0, feed_fetch_budget=1.5)
    items = list(read_source(f"{server}/feed", settings, today=TODAY))
    assert len(items) == 8 and all(isinstance(i, Article) for i in items), items
    fetched = sum(n for path, n in Handler.hits.items() if path.startswith("/slow"))
    # Each linked page takes 1 s: within a 1.5 s budget two or three are started, never 8.
    assert 1 <= fetched <= 3, Handler.hits


def test_fetch_connects_to_the_address_it_checked(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name resolves to an allowed address when checked and to another
    one afterwards; the fetch must use the checked one and never resolve again."""
    port = int(server.rsplit(":", 1)[1])
    calls: list[str] = []
    real = socket.getaddrinfo

    def rebinding(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "news.rebinding.net":
            calls.append(host)
            target = "127.0.0.1" if len(calls) == 1 else "127.0.0.2"
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (target, port))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    settings = Settings(fetch_timeout=5.0)
    with HttpFetcher(settings, allowed_addresses=["127.0.0.1"]) as fetcher:
        response = fetcher.fetch(f"http://news.rebinding.net:{port}/page")
    assert response.status == 200 and b"Ferry terminal" in response.body
    assert calls == ["news.rebinding.net"]  # resolved once, by the check


def test_a_name_rebound_to_loopback_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        socket, "getaddrinfo",
        lambda host, *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 80))],
    )
    with HttpFetcher(Settings()) as fetcher, pytest.raises(BlockedAddressError):
        fetcher.fetch("http://news.rebinding.net/")


@pytest.mark.parametrize(
    ("host", "inside"),
    [
        ("2002:7f00:1::", "127.0.0.1"),  # 6to4
        ("2002:a00:1::", "10.0.0.1"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "127.0.0.1"),  # Teredo client
        ("64:ff9b::7f00:1", "127.0.0.1"),  # NAT64
        ("64:ff9b::a9fe:a9fe", "169.254.169.254"),  # cloud metadata through NAT64
        ("::ffff:10.1.2.3", "10.1.2.3"),  # IPv4-mapped
        ("::127.0.0.1", "127.0.0.1"),  # IPv4-compatible
    ],
)
def test_ipv6_forms_carrying_a_private_ipv4_are_refused(host: str, inside: str) -> None:
    with pytest.raises(BlockedAddressError, match=f"form of {inside}"):
        check_url(f"http://[{host}]/", False, 1.0)


def test_ipv6_form_of_a_public_ipv4_is_not_refused_for_it() -> None:
    assert check_url("http://[2002:808:808::]/", False, 1.0) == ["2002:808:808::"]


@pytest.mark.parametrize("url", ["http://[::1/x", "http://[zz::1]/", "https://[::1]:99999/"])
def test_malformed_urls_are_fetch_errors(url: str) -> None:
    with pytest.raises(FetchError):
        check_url(url, False, 1.0)
    (item,) = list(read_source(url, Settings(), today=TODAY))
    assert isinstance(item, Rejection) and item.source == url and "\n" not in item.reason


def test_redirect_to_a_malformed_url_is_a_fetch_error(server: str) -> None:
    with HttpFetcher(Settings(allow_private=True)) as fetcher, pytest.raises(
        FetchError, match=r"(?i)invalid url|malformed"
    ) as caught:
        fetcher.fetch(f"{server}/bad-location")
    assert "\n" not in str(caught.value)
