"""The store half of watching (store/watches.py) on both backends: watches and their
status, entries, watchlists, alerts with cursors, revisions, the article listing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.errors import NotFoundError, StorylineError
from storyline.records import Analysis, Article, Assignment
from storyline.store import Store, open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        opened = open_store(tmp_path / "w.db")
    else:
        opened = open_store(request.getfixturevalue("pg_url"))
    try:
        yield opened
    finally:
        opened.close()


def _article(text: str, url: str, outlet: str = "Velmora Courier") -> Article:
    return Article(text=text, title="Harbour cranes idle", outlet=outlet, url=url,
                   published="2026-11-02", source=url)


def test_watch_status_entries_and_due_times(store: Store) -> None:
    w = store.add_watch("https://a.example.org/feed", "a", 900)
    store.add_watch("https://b.example.org/feed", "b", 60)
    with pytest.raises(StorylineError, match="exists already"):
        store.add_watch("https://a.example.org/feed", "other", 900)
    assert [x.name for x in store.due_watches("9999-01-01T00:00:00+00:00")] == ["a", "b"]
    store.update_watch(w.id, next_due="9999-12-31T00:00:00+00:00", etag='"x"', failures=2,
                       last_status="error", last_error="HTTP 500")
    assert [x.name for x in store.due_watches("9999-01-01T00:00:00+00:00")] == ["b"]
    got = store.watch("a")
    assert (got.etag, got.failures, got.last_error) == ('"x"', 2, "HTTP 500")
    assert store.watch(str(w.id)).url == "https://a.example.org/feed"
    assert store.watch("https://a.example.org/feed").id == w.id
    with pytest.raises(ValueError):
        store.update_watch(w.id, url="https://elsewhere.example.org/")
    store.put_watch_entries(w.id, {"urn:1": "f1", "urn:2": "f2"})
    store.put_watch_entries(w.id, {"urn:2": "f2b"})
    assert store.watch_entries(w.id) == {"urn:1": "f1", "urn:2": "f2b"}
    store.remove_watch(w.id)
    assert [x.name for x in store.watches()] == ["b"]
    with pytest.raises(NotFoundError):
        store.watch("a")


def test_alerts_page_by_cursor_and_newest_first(store: Store) -> None:
    wl = store.add_watchlist("floods", {"keywords": ["flood"]}, "https://hooks.example.org/x")
    other = store.add_watchlist("fares", {"keywords": ["fares"]}, None)
    assert store.watchlist("floods").keywords == ["flood"]
    ids = [store.add_alert(wl.id, 3, "story", f"alert {i}", {"n": i}, "pending") for i in range(4)]
    store.add_alert(other.id, 4, "outlet", "fares alert", {}, None)
    first = store.alerts(limit=2)
    assert [a.id for a in first] == ids[:2] and first[0].data == {"n": 0}
    assert [a.id for a in store.alerts(after=first[-1].id, watchlist_id=wl.id)] == ids[2:]
    assert [a.message for a in store.alerts(newest=True, limit=2)] == ["fares alert", "alert 3"]
    store.set_alert_delivery(ids[0], "sent")
    assert store.alerts(limit=1)[0].delivery == "sent"
    assert store.watchlist_state(wl.id, 3) is None
    store.put_watchlist_state(wl.id, 3, ["A"], ["figure: homes: 120 / 140"])
    store.put_watchlist_state(wl.id, 3, ["A", "B"], [])
    assert store.watchlist_state(wl.id, 3) == (["A", "B"], [])
    store.remove_watchlist(wl.id)  # its alerts go with it
    assert [a.message for a in store.alerts()] == ["fares alert"]


def test_a_revision_keeps_the_earlier_text(store: Store) -> None:
    url = "https://courier.example.org/cranes"
    first = _article("Forty cranes stood idle on Monday as dockers walked out.", url)
    store.add_article(first, Analysis(first.id, "t"), Assignment(first.id, 1))
    assert store.article_id_for_url(url) == first.id
    assert store.article_id_for_url(url + "/other") is None
    assert store.story_id_of(first.id) == 1
    second = _article("Fifty cranes stood idle on Monday as dockers walked out.", url)
    second.id = first.id
    assert store.add_revision(first.id, second, Analysis(first.id, "t2")) == 2
    texts = store.revisions(first.id)
    assert [r.revision for r in texts] == [1, 2]
    assert texts[0].text.startswith("Forty") and texts[1].text.startswith("Fifty")
    assert texts[0].replaced_at and texts[1].replaced_at is None
    assert store.has_content(second.content_hash) and not store.has_content(first.content_hash)
    assert [h.article_id for h in store.search("fifty")] == [first.id]
    (row,) = store.article_rows()
    assert (row.id, row.story_id, row.revisions) == (first.id, 1, 2)
    assert store.article_rows(outlet="Nobody") == []
    assert store.article_rows(since="2026-11-02", until="2026-11-02")[0].id == first.id
    profile = store.story_profile(1)
    assert profile.outlets == ["Velmora Courier"] and profile.texts[0].startswith("Fifty")
    with pytest.raises(NotFoundError):
        store.revisions("nope")


def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    # `storyline serve` starts its watch scheduler (own connection) while a command may be
    # opening the same new file: the migrations must run once, the others wait and skip.
    import threading

    errors: list[str] = []
    for trial in range(10):
        path = tmp_path / f"race{trial}.db"

        def open_it(path: Path = path) -> None:
            try:
                open_store(path).close()
            except Exception as exc:  # collected: a thread's exception would be lost
                errors.append(repr(exc))

        threads = [threading.Thread(target=open_it) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
