"""The trade lens as a brief needs it: a story's measures are worked out from that story's
articles when none of them mentions a measure (no ledger of the whole store), the ledger
is shared by every store open on one database, and the web server's copies of a story's
measures follow the other stories within ``measures_max_age``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline import api
from storyline.config import Settings
from storyline.store import Store, open_store
from storyline.trade import service
from storyline.trade.extract import EXTRACTOR_VERSION
from storyline.web import WebOptions, create_app
from storyline.web.app import PageCache


@pytest.fixture()
def db(examples_db: Path, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "trade.db"
    shutil.copy(examples_db, path)
    service._SHARED.clear()  # a ledger from another test's copy is not this one's
    yield path
    service._SHARED.clear()


def _split(store: Store) -> tuple[list[int], list[int]]:
    """Story ids whose articles mention a measure, and the others."""
    with_mentions = {r.story_id for r in store.measure_mention_rows(EXTRACTOR_VERSION)}
    ids = [s.id for s in store.stories()]
    return ([i for i in ids if i in with_mentions], [i for i in ids if i not in with_mentions])


def test_a_story_without_mentions_gets_no_measures_without_building_the_ledger(
    db: Path,
) -> None:
    with open_store(db) as store:
        service.refresh_mentions(store)
        trade, other = _split(store)
        assert trade and other, "the example corpus has both kinds of story"
        for story_id in other:
            assert service.story_measures(store, story_id) == []
            assert service.live_story_measures(store, story_id) is None
        assert service.ledger_stamp(store) is None  # no ledger was built for them


def test_a_story_with_mentions_gets_what_the_whole_ledger_gives(db: Path) -> None:
    with open_store(db) as store:
        book = service.ledger(store)
        trade, _ = _split(store)
        found = 0
        for story_id in trade:
            expected = [book.full(r) for r in book.records if story_id in r.stories]
            assert service.story_measures(store, story_id) == expected
            assert service.live_story_measures(store, story_id) == expected
            found += bool(expected)
        assert found


def test_stores_on_one_database_share_the_ledger_until_it_changes(db: Path) -> None:
    with open_store(db) as one, open_store(db) as two:
        built = service.ledger(one)
        assert service.ledger(two) is built
        trade, _ = _split(one)
        article = one.story(trade[-1]).articles[0].id
        api.delete_article(two, article)  # any change the ledger reads
        assert service.ledger(one, max_age=3600) is built  # recent enough for this caller
        rebuilt = service.ledger(one)
        assert rebuilt is not built
        assert all(article not in {c.article_id for e in r.events for c in e.citations}
                   for r in rebuilt.records)


def test_a_cached_brief_follows_the_other_stories_measures(db: Path) -> None:
    with open_store(db) as store:
        book = service.ledger(store)
    shared = next(r for r in book.records if len(r.stories) > 1)
    story, other = shared.stories[0], shared.stories[1]
    app = create_app(Settings(db=str(db), workers=1), WebOptions(measures_max_age=0))
    with TestClient(app) as client:
        def stories_of_measure() -> set[int]:
            brief = client.get(f"/api/stories/{story}/brief").json()
            return {s for m in brief["measures"] for s in m["stories"]}

        assert other in stories_of_measure()
        page = client.get(f"/stories/{story}")
        assert page.status_code == 200
        with open_store(db) as store:
            version = store.story_version(story)
            for article in [a.id for a in store.story(other).articles]:  # the story goes away
                api.delete_article(store, article)
            assert store.story_version(story) == version  # this story did not change
        assert other not in stories_of_measure()  # its cached brief's measures did
        assert client.get(f"/stories/{story}").status_code == 200


def test_page_cache_entries_with_a_lifetime_expire() -> None:
    cache = PageCache(size=2)
    cache.put("kept", b"a")
    cache.put("brief", b"b", ttl=0)
    assert cache.get("kept") == b"a"
    assert cache.get("brief") is None
    cache.put("x", b"x")
    cache.put("y", b"y")
    assert cache.get("kept") is None  # least recently used out first
