"""Watched feeds against a real HTTP server on 127.0.0.1: conditional GET, 304s, back-off
of a broken feed beside a good one, entries read once, a changed page as a revision."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from storyline.config import Settings
from storyline.errors import StorylineError
from storyline.store import open_store
from storyline.watch import (
    WatchOptions,
    add_watch,
    add_watchlist,
    diff,
    list_alerts,
    parse_every,
    revisions,
    run_due,
)

pytestmark = pytest.mark.slow  # ingest analyses the pages with spaCy

FAST = WatchOptions(politeness_delay=0.0)


class Site:
    """Routes served by a tiny HTTP server: path -> (status, content type, body, etag)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes, str | None]] = {}
        self.log: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                status, ctype, body, etag = site.routes.get(
                    self.path, (404, "text/plain", b"not found", None)
                )
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def fetched(self, path: str) -> int:
        return sum(1 for p, _ in self.log if p == path)


@pytest.fixture()
def site() -> Iterator[Site]:
    s = Site()
    s.thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()


PAGES = {
    "/news/harbour-cranes.html": (
        "Harbour cranes idle as dockers walk out",
        "Dockers at the port of Velmora walked out on Monday over a pay offer the union "
        "called an insult, leaving forty cranes idle and eleven container ships waiting at "
        "anchor. Union leader Marta Quell said the strike would last until the operator "
        "raised its offer above four percent. The port authority said talks would resume "
        "on Wednesday.",
    ),
    "/news/rail-fares.html": (
        "Regional rail fares to rise in spring",
        "The regional transport board voted on Monday to raise rail fares by six percent "
        "from April, citing higher energy costs and a shortfall in the maintenance budget. "
        "Board chair Elias Brandt said season tickets would rise less than single fares, and "
        "that the board would review the increase after a year of passenger figures.",
    ),
    "/news/library-hours.html": (
        "City library extends weekend opening hours",
        "The city library will open on Sunday afternoons from next month after a petition "
        "signed by more than three thousand residents, the council said on Tuesday. Head "
        "librarian Noor Feld said the extra hours would be staffed by new part-time posts "
        "funded from the culture budget for at least two years.",
    ),
}


def _page(title: str, text: str) -> bytes:
    paras = "".join(f"<p>{s.strip()}.</p>" for s in text.split(". ") if s.strip())
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paras}</article></body></html>"
    ).encode()


def _feed(base: str, paths: list[str], updated: str = "Mon, 02 Nov 2026 08:00:00 GMT") -> bytes:
    items = "".join(
        f"<item><title>{PAGES[p][0]}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
        f"<pubDate>{updated}</pubDate><description>{PAGES[p][0]}.</description></item>"
        for p in paths
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Velmora Courier — News'
        f"</title><link>{base}/</link>{items}</channel></rss>"
    ).encode()


def _serve(site: Site, paths: list[str], etag: str | None = '"v1"') -> None:
    site.routes["/feed.xml"] = (200, "application/rss+xml", _feed(site.base, paths), etag)
    for p in paths:
        site.routes[p] = (200, "text/html", _page(*PAGES[p]), None)


def _settings(tmp_path: Path) -> Settings:
    return Settings(db=str(tmp_path / "watch.db"), allow_private=True)


def test_a_feed_is_read_once_then_answered_with_304(tmp_path: Path, site: Site) -> None:
    _serve(site, ["/news/harbour-cranes.html", "/news/rail-fares.html"])
    settings = _settings(tmp_path)
    with open_store(settings.db) as store:
        add_watch(store, site.base + "/feed.xml", "15m", "courier")
        add_watchlist(store, "strikes", keywords=["dockers"])
        (first,) = run_due(store, settings, options=FAST)
        assert (first.status, first.added, first.entries) == ("ok", 2, 2)
        # The pass raised the watchlists' alerts for what it stored.
        (alert,) = list_alerts(store)
        assert alert.kind == "story" and "Harbour cranes idle" in alert.message
        watch = store.watch("courier")
        assert watch.etag == '"v1"' and watch.items_seen == 2 and watch.last_new_item
        assert watch.failures == 0 and watch.last_error is None
        # Not due again before 15 minutes; forced, the request is conditional: a 304.
        assert run_due(store, settings, options=FAST) == []
        (second,) = run_due(store, settings, options=FAST, force=True)
        assert second.status == "not modified" and second.added == 0
        assert site.log[-1][1].get("if-none-match") == '"v1"'
        assert site.fetched("/news/rail-fares.html") == 1
        assert store.count_articles() == 2


def test_only_new_entries_are_fetched_when_the_feed_changes(tmp_path: Path, site: Site) -> None:
    _serve(site, ["/news/harbour-cranes.html"], etag=None)  # no validators: body compared
    settings = _settings(tmp_path)
    with open_store(settings.db) as store:
        add_watch(store, site.base + "/feed.xml", name="courier")
        run_due(store, settings, options=FAST)
        (same,) = run_due(store, settings, options=FAST, force=True)
        assert same.status == "unchanged"
        _serve(site, ["/news/harbour-cranes.html", "/news/library-hours.html"], etag=None)
        (grown,) = run_due(store, settings, options=FAST, force=True)
        assert (grown.entries, grown.added) == (1, 1)
        assert site.fetched("/news/harbour-cranes.html") == 1  # read once, never again
        assert site.fetched("/news/library-hours.html") == 1
        assert store.count_articles() == 2


def test_a_broken_feed_backs_off_and_never_stops_the_others(tmp_path: Path, site: Site) -> None:
    _serve(site, ["/news/rail-fares.html"])
    site.routes["/broken.xml"] = (500, "text/plain", b"oops", None)
    site.routes["/garbage.xml"] = (200, "application/rss+xml", b"\x00\x01 not a feed", None)
    settings = _settings(tmp_path)
    now = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=1)
    with open_store(settings.db) as store:
        add_watch(store, site.base + "/broken.xml", "10m", "broken")
        add_watch(store, site.base + "/garbage.xml", "10m", "garbage")
        add_watch(store, site.base + "/feed.xml", "10m", "good")
        runs = {r.name: r for r in run_due(store, settings, options=FAST, now=now)}
        assert runs["good"].added == 1
        assert runs["broken"].status == "error" and "HTTP 500" in (runs["broken"].error or "")
        assert runs["garbage"].status == "error" and runs["garbage"].error
        broken = store.watch("broken")
        assert broken.failures == 1 and broken.last_status == "error"
        assert broken.next_due == (now + timedelta(minutes=20)).isoformat()  # 10 min * 2
        # 15 minutes on: the good feed is due again, the broken one is still backing off.
        later = {r.name for r in run_due(store, settings, options=FAST, now=now + timedelta(minutes=15))}
        assert later == {"good"}
        run_due(store, settings, options=FAST, now=now + timedelta(minutes=21))
        assert store.watch("broken").failures == 2
        assert store.watch("broken").next_due == (
            now + timedelta(minutes=21 + 40)
        ).isoformat()
        site.routes["/broken.xml"] = site.routes["/feed.xml"]
        run_due(store, settings, options=FAST, force=True, now=now + timedelta(hours=2))
        healed = store.watch("broken")
        assert healed.failures == 0 and healed.last_error is None


def test_a_changed_page_at_the_same_url_is_a_revision(tmp_path: Path, site: Site) -> None:
    _serve(site, ["/news/harbour-cranes.html"], etag=None)
    settings = _settings(tmp_path)
    with open_store(settings.db) as store:
        add_watch(store, site.base + "/feed.xml", name="courier")
        run_due(store, settings, options=FAST)
        (article_id,) = [a.id for a, _, _ in store.iter_items()]
        story_before = store.story_id_of(article_id)
        title, text = PAGES["/news/harbour-cranes.html"]
        changed = text.replace("four percent", "five percent").replace(
            "on Wednesday", "on Thursday"
        )
        site.routes["/news/harbour-cranes.html"] = (200, "text/html", _page(title, changed), None)
        site.routes["/feed.xml"] = (
            200, "application/rss+xml",
            _feed(site.base, ["/news/harbour-cranes.html"], "Mon, 02 Nov 2026 12:30:00 GMT"),
            None,
        )
        (run,) = run_due(store, settings, options=FAST, force=True)
        assert (run.added, run.revised) == (0, 1)
        assert store.count_articles() == 1  # one article, two texts
        assert store.story_id_of(article_id) == story_before
        texts = revisions(store, article_id)
        assert [r.revision for r in texts] == [1, 2]
        assert "four percent" in texts[0].text and "five percent" in texts[1].text
        change = diff(texts[0], texts[1])
        assert "-" in change and "+" in change and "five percent" in change
        assert store.article(article_id).text == texts[1].text
        # Search sees the current text only; the analysis was redone on it.
        assert [h.article_id for h in store.search("Thursday")] == [article_id]
        assert store.search("Wednesday") == []
        (_, analysis, _) = next(store.iter_items())
        assert any("five" in f.text for f in analysis.figures) or "five percent" in analysis.sentences[1].text


def test_intervals_and_bad_watches_get_one_line_errors(tmp_path: Path) -> None:
    assert parse_every("15m") == 900 and parse_every("2h") == 7200 and parse_every("90") == 90
    for bad in ("soon", "5s", "-3m"):
        with pytest.raises(StorylineError, match="--every"):
            parse_every(bad)
    with open_store(tmp_path / "w.db") as store:
        with pytest.raises(StorylineError, match="not an http"):
            add_watch(store, "file:///etc/passwd")
        add_watch(store, "https://news.example.org/feed.xml")
        assert store.watches()[0].name == "news.example.org/feed.xml"
        with pytest.raises(StorylineError, match="exists already"):
            add_watch(store, "https://news.example.org/feed.xml")


def test_watch_commands_add_run_list_and_remove(tmp_path: Path, site: Site) -> None:
    import json

    from typer.testing import CliRunner

    from storyline.cli import app

    _serve(site, ["/news/rail-fares.html", "/news/library-hours.html"])
    db = str(tmp_path / "cli.db")
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, ["--db", db, *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    feed = site.base + "/feed.xml"
    assert "as 'courier'" in run("watch", "add", feed, "--every", "30m", "--name", "courier")
    (listed,) = json.loads(run("watch", "list", "--json"))
    assert listed["every_seconds"] == 1800 and listed["last_status"] is None
    # Loopback is refused without --allow-private: recorded, not raised.
    (refused,) = json.loads(run("watch", "run", "--once", "--json"))
    assert refused["status"] == "error" and "loopback" in refused["error"]
    (done,) = json.loads(run("watch", "run", "--once", "--all", "--allow-private", "--json"))
    assert done["added"] == 2 and done["status"] == "ok"
    assert "courier: not modified" in run("watch", "run", "--once", "--all", "--allow-private")
    assert "2 entries read" in run("watch", "list")
    bad = runner.invoke(app, ["--db", db, "watch", "add", feed, "--every", "often"])
    assert bad.exit_code == 1 and "--every 'often'" in bad.output and "Traceback" not in bad.output
    assert "no longer watching" in run("watch", "remove", "courier")
    assert json.loads(run("watch", "list", "--json")) == []
    gone = runner.invoke(app, ["--db", db, "watch", "remove", "courier"])
    assert gone.exit_code == 1 and "no watch 'courier'" in gone.output


def test_the_scheduler_reads_a_feed_added_while_it_runs(tmp_path: Path, site: Site) -> None:
    import time

    from storyline.watch import Scheduler

    _serve(site, ["/news/library-hours.html"])
    settings = _settings(tmp_path)
    scheduler = Scheduler(settings, options=WatchOptions(politeness_delay=0.0, tick=30.0))
    scheduler.start()
    try:
        with open_store(settings.db) as store:
            add_watch(store, site.base + "/feed.xml", name="courier")
            scheduler.wake()  # no waiting for the next tick
            deadline = time.monotonic() + 60
            while store.watch("courier").last_status is None and time.monotonic() < deadline:
                time.sleep(0.1)
            assert store.watch("courier").last_status == "ok"
            assert store.count_articles() == 1
    finally:
        scheduler.stop()
    assert not scheduler.running and scheduler.runs >= 1


def test_ingesting_a_changed_page_again_revises_it(tmp_path: Path, site: Site) -> None:
    import json

    from typer.testing import CliRunner

    from storyline.cli import app

    title, text = PAGES["/news/rail-fares.html"]
    site.routes["/news/rail-fares.html"] = (200, "text/html", _page(title, text), None)
    url = site.base + "/news/rail-fares.html"
    db = str(tmp_path / "pages.db")

    def ingest() -> dict[str, Any]:
        result = CliRunner().invoke(app, ["--db", db, "ingest", url, "--allow-private", "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    assert ingest()["added"] == 1
    assert ingest()["duplicates"] == 1  # the same text again: nothing to do
    changed = text.replace("six percent", "seven percent")
    site.routes["/news/rail-fares.html"] = (200, "text/html", _page(title, changed), None)
    again = ingest()
    assert (again["added"], again["revised"]) == (0, 1)
    with open_store(db) as store:
        assert store.count_articles() == 1
        (article,) = store.article_rows()
        assert article.revisions == 2
        assert "seven percent" in store.article(article.id).text
    texts = json.loads(CliRunner().invoke(app, ["--db", db, "revisions", article.id, "--json"]).stdout)
    assert [t["revision"] for t in texts] == [1, 2] and texts[1]["replaced_at"] is None
    shown = CliRunner().invoke(app, ["--db", db, "revisions", article.id, "--diff"])
    assert shown.exit_code == 0 and "(current)" in shown.stdout
    assert "-The regional transport board voted on Monday to raise rail fares by six percent" in shown.stdout
    assert "+The regional transport board voted on Monday to raise rail fares by seven percent" in shown.stdout
    unknown = CliRunner().invoke(app, ["--db", db, "revisions", "nope"])
    assert unknown.exit_code == 1 and "no article with id 'nope'" in unknown.output
