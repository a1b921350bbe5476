"""sources/fetch: fetching URLs against a real HTTP server on 127.0.0.1, with the guards."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storyline.config import Settings
from storyline.errors import BlockedAddressError, FetchError
from storyline.records import Article, Rejection
from storyline.sources import read_source
from storyline.sources.fetch import HttpFetcher, check_url

TODAY = date(2026, 11, 22)

PAGE = b"""<html><head><title>Council approves river flood barrier</title>
<meta property="og:site_name" content="Valley Gazette">
<meta property="article:published_time" content="2024-10-14">
</head><body><article><h1>Council approves river flood barrier</h1>
<p>The city council on Monday approved a 40 million euro flood barrier along the river after
two winters of record high water forced hundreds of families from their homes.</p>
<p>Construction is due to begin in the spring and take three years, the council's planning
chief, Ines Moreau, told a packed public meeting in the town hall.</p></article></body></html>"""

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Gazette</title>
<item><title>Council approves river flood barrier</title><guid>vg-1</guid>
<link>http://flood.example/barrier</link>
<description>The city council on Monday approved a 40 million euro flood barrier along the
river after two winters of record high water forced hundreds of families from their homes and
businesses, officials said.</description></item></channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        if self.path == "/page":
            self._send(200, PAGE)
        elif self.path == "/feed":
            self._send(200, FEED, "application/rss+xml")
        elif self.path == "/hop":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/to-private":
            self.send_response(301)
            self.send_header("Location", f"http://10.0.0.1:{port}/page")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, PAGE)
        elif self.path == "/big":
            self._send(200, b"<p>" + b"word " * 40_000 + b"</p>")
        elif self.path == "/big-chunked":
            # No Content-Length: the cap must hold while streaming.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"word " * 2_000)
            self.close_connection = True
        else:
            self._send(404, b"not here")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hanging up on /slow or /big is the point of those tests


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


ALLOW = Settings(allow_private=True, fetch_timeout=5.0)


def read(url: str, settings: Settings) -> list[Article | Rejection]:
    return list(read_source(url, settings, today=TODAY))


def test_page_is_fetched_and_extracted_when_private_addresses_are_allowed(server: str) -> None:
    (art,) = read(f"{server}/page", ALLOW)
    assert isinstance(art, Article)
    assert art.title == "Council approves river flood barrier"
    assert art.outlet == "Valley Gazette"
    assert art.url == f"{server}/page"
    assert "Ines Moreau" in art.text


def test_loopback_url_is_refused_by_default(server: str) -> None:
    (rej,) = read(f"{server}/page", Settings())
    assert isinstance(rej, Rejection)
    assert rej.source == f"{server}/page"
    assert rej.reason == (
        "refused: 127.0.0.1 is a loopback address (pass --allow-private to allow)"
    )


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://10.0.0.1/x", "private"),
        ("http://192.168.1.20/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]:8080/", "loopback"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.5/", "multicast"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
    ],
)
def test_non_public_addresses_are_refused(url: str, kind: str) -> None:
    with pytest.raises(BlockedAddressError, match=f"is a {kind} address"):
        check_url(url, allow_private=False, timeout=2.0)


def test_private_address_rejection_names_the_url() -> None:
    (rej,) = read("http://10.0.0.1/x", Settings())
    assert (rej.source, rej.reason) == (
        "http://10.0.0.1/x",
        "refused: 10.0.0.1 is a private address (pass --allow-private to allow)",
    )


def test_redirects_are_followed(server: str) -> None:
    with HttpFetcher(ALLOW) as fetcher:
        response = fetcher.fetch(f"{server}/hop")
    assert response.final_url == f"{server}/page"
    assert response.status == 200 and response.content_type == "text/html"
    assert b"flood barrier" in response.body


def test_redirect_to_a_private_address_is_refused(server: str) -> None:
    # Only the test server's own address is allowed: the hop to 10.0.0.1 must be re-checked.
    settings = Settings(allow_private=False, fetch_timeout=2.0)
    with HttpFetcher(settings, allowed_addresses=["127.0.0.1"]) as fetcher:
        assert fetcher.fetch(f"{server}/page").status == 200
        with pytest.raises(BlockedAddressError) as info:
            fetcher.fetch(f"{server}/to-private")
    assert info.value.source == f"{server}/to-private"
    assert "redirected to http://10.0.0.1:" in info.value.reason
    assert "10.0.0.1 is a private address" in info.value.reason


def test_redirect_loop_stops_after_five_hops(server: str) -> None:
    with HttpFetcher(ALLOW) as fetcher, pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.fetch(f"{server}/loop")


def test_slow_endpoint_times_out(server: str) -> None:
    settings = Settings(allow_private=True, fetch_timeout=0.3)
    start = time.monotonic()
    (rej,) = read(f"{server}/slow", settings)
    assert time.monotonic() - start < 1.4
    assert rej.reason == "timed out after 0.3 s"


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_oversized_body_is_refused(server: str, path: str) -> None:
    settings = Settings(allow_private=True, fetch_max_bytes=50_000)
    (rej,) = read(f"{server}{path}", settings)
    assert isinstance(rej, Rejection)
    assert rej.reason.startswith("response larger than 50000 bytes")


def test_http_error_status_is_a_rejection(server: str) -> None:
    (rej,) = read(f"{server}/missing", ALLOW)
    assert rej.reason == "HTTP 404 Not Found"


def test_feed_url_is_sniffed_and_unreachable_links_fall_back_fast(server: str) -> None:
    start = time.monotonic()
    (art,) = read(f"{server}/feed", ALLOW)
    assert time.monotonic() - start < 2
    assert isinstance(art, Article)
    assert art.external_id == "vg-1" and art.outlet == "Valley Gazette"
    assert art.text.startswith("The city council on Monday")
