"""The web app in a real browser: Debian's chromium driven by Playwright against a real
uvicorn server on 127.0.0.1, over the example corpus. Screenshots at a laptop and a phone
width go to ``$STORYLINE_SCREENSHOTS`` (or the test's temporary folder)."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from storyline.config import Settings
from storyline.web import WebOptions, create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
LAPTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (scripts/system-deps.sh installs it)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site(examples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real server on 127.0.0.1 over a copy of the example database, polling feeds."""
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "web.db"
    shutil.copy(examples_db, db)
    settings = Settings(db=str(db), allow_private=True, workers=1)
    app = create_app(settings, WebOptions(run_watches=True, tick_seconds=1.0,
                                          allowed_hosts=("127.0.0.1",)))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(20)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("STORYLINE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _pages(browser: Any) -> Iterator[tuple[str, Any]]:
    for name, size in (("laptop", LAPTOP), ("phone", PHONE)):
        context = browser.new_context(viewport=size)
        context.set_default_timeout(120_000)  # a cold brief on a busy machine takes time
        page = context.new_page()
        try:
            yield name, page
        finally:
            context.close()


def test_front_page_lists_the_example_stories(
    browser: Any, site: str, shots: Path, examples_db: Path
) -> None:
    from storyline.store import open_store

    with open_store(examples_db) as store:
        titles = [s.title for s in store.stories()]
    for width, page in _pages(browser):
        page.goto(site + "/")
        rows = page.locator("li.story-row")
        assert rows.count() == len(titles)
        shown = rows.locator(".story-title").all_inner_texts()
        assert sorted(shown) == sorted(titles)
        page.screenshot(path=str(shots / f"front-{width}.png"), full_page=False)


def test_story_page_shows_a_discrepancy_side_by_side(
    browser: Any, site: str, shots: Path
) -> None:
    with urllib.request.urlopen(site + "/api/stories?limit=200", timeout=60) as r:
        stories = json.load(r)["results"]
    for story in sorted(stories, key=lambda s: -s["outlet_count"]):
        with urllib.request.urlopen(f"{site}/api/stories/{story['id']}", timeout=120) as r:
            if any(json.load(r)["side_by_side"]):
                break
    else:
        pytest.fail("no example story has a discrepancy cited on both sides")
    for width, page in _pages(browser):
        page.goto(site + "/")
        page.locator(f"a.story-title[href='{story['url']}']").click()
        page.wait_for_selector(".side-by-side")
        pair = page.locator(".side-by-side").first
        assert pair.locator(".side").count() >= 2
        assert pair.locator("mark").count() >= 1
        assert pair.locator(".side").first.bounding_box()["width"] > 150  # readable column
        page.screenshot(path=str(shots / f"story-{width}.png"), full_page=False)
        pair.scroll_into_view_if_needed()
        page.screenshot(path=str(shots / f"story-discrepancy-{width}.png"), full_page=False)


def test_search_finds_articles_and_narrows_by_outlet(
    browser: Any, site: str, shots: Path
) -> None:
    for width, page in _pages(browser):
        page.goto(site + "/search")
        page.fill("input[name=q]", "tariffs")
        page.keyboard.press("Enter")
        page.wait_for_selector("ol.hits li")
        before = page.locator("ol.hits > li").count()
        assert before >= 2
        page.locator(".facets a").first.click()
        page.wait_for_selector("ol.hits li")
        assert "outlet=" in page.url
        assert page.locator("ol.hits > li").count() <= before
        page.screenshot(path=str(shots / f"search-{width}.png"), full_page=False)


_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Lagoon Gazette</title><link>{base}/</link>
<description>News from the lagoon</description>
<item><title>Murano glassworks switch off furnaces over gas bill dispute</title>
<link>{base}/murano.html</link><guid>{base}/murano.html</guid>
<pubDate>Mon, 02 Nov 2026 09:30:00 GMT</pubDate>
<description>Three historic glassworks on Murano switched off their furnaces.</description>
</item></channel></rss>
"""

_PAGE = """<!DOCTYPE html><html><head><title>Murano glassworks switch off furnaces over gas
bill dispute</title><meta property="og:site_name" content="Lagoon Gazette"></head><body>
<article><h1>Murano glassworks switch off furnaces over gas bill dispute</h1>
<p>Three historic glassworks on the island of Murano switched off their furnaces on Monday,
saying a dispute with their gas supplier over a 40% price rise had made firing uneconomic.</p>
<p>"We cannot blow glass at a loss," said Elena Barovier, who chairs the island's producers'
association. She said the furnaces, some of which had burned without a break since the
1950s, would stay cold until the supplier returned to the negotiating table.</p>
<p>The supplier, Adriatica Gas, said the new tariff reflected wholesale prices and that it
had offered the workshops a payment plan spread over twelve months.</p>
<p>About 300 people work in the three glassworks, according to the producers' association,
and the city council said it would meet both sides on Thursday.</p>
</article></body></html>
"""


@pytest.fixture()
def feed_server(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    (tmp_path / "feed.xml").write_text(_FEED.format(base=base), encoding="utf-8")
    (tmp_path / "murano.html").write_text(_PAGE, encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), partial(Quiet, directory=str(tmp_path))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


def test_watching_a_feed_brings_its_story_and_an_alert_without_a_restart(
    browser: Any, site: str, shots: Path, feed_server: str
) -> None:
    context = browser.new_context(viewport=LAPTOP)
    context.set_default_timeout(120_000)
    page = context.new_page()
    page.goto(site + "/alerts")
    page.fill("form[action='/alerts/watchlists'] input[name=name]", "Glass")
    page.fill("form[action='/alerts/watchlists'] input[name=keywords]", "Murano")
    page.click("form[action='/alerts/watchlists'] button")
    assert "Glass" in page.locator("main").inner_text()

    page.goto(site + "/feeds")
    page.fill("input[name=url]", feed_server + "/feed.xml")
    page.fill("input[name=name]", "Lagoon Gazette")
    page.click("form[action='/feeds'] button")
    page.wait_for_selector("table.feeds td strong")

    # Wait on the server's HTML (cheap), then look once in the browser: each browser
    # reload of the front page costs Chromium a full render.
    deadline = time.monotonic() + 90
    def front() -> str:
        with urllib.request.urlopen(site + "/", timeout=60) as r:
            return str(r.read().decode())

    while "Murano glassworks" not in front():
        if time.monotonic() > deadline:
            page.goto(site + "/feeds")
            pytest.fail("the watched feed's story never appeared: "
                        + page.locator("table.feeds").inner_text())
        time.sleep(0.5)
    page.goto(site + "/")
    assert "Murano glassworks" in page.locator("ol.stories").inner_text()
    page.screenshot(path=str(shots / "front-after-watch-laptop.png"))
    page.goto(site + "/feeds")
    status = page.locator("table.feeds").inner_text()
    assert "Lagoon Gazette" in status and "ok" in status
    page.screenshot(path=str(shots / "feeds-laptop.png"))

    page.goto(site + "/alerts")
    alerts = page.locator("li.alert")
    assert alerts.count() >= 1
    assert "Glass" in alerts.first.inner_text()
    page.screenshot(path=str(shots / "alerts-laptop.png"))
    context.close()
