"""The store's feature methods (watches, watchlists, alerts, revisions, browsing, the
persisted index, hand corrections, measures) give the same answers on SQLite and on
PostgreSQL, where they run through the SQL translation of ``postgres_compat``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline.records import Analysis, Article, Assignment, Sentence
from storyline.store import Store, open_store
from storyline.store.postgres_compat import translate

TEXTS = [
    "Harbour pilots in Gdynia said on Tuesday that grain shipments rose by 9 percent in "
    "October, after the port opened a second deep-water berth.",
    "Grain exports through Gdynia climbed 9 percent in October, port officials said, "
    "crediting a new deep-water berth opened this autumn.",
    "A ferry strike halted crossings between Tallinn and Helsinki on Sunday, the Estonian "
    "seafarers' union said, cancelling 30 sailings.",
]


def _item(i: int, story: int) -> tuple[Article, Analysis, Assignment]:
    article = Article(text=TEXTS[i], title=f"Report {i}", outlet=f"Outlet {i % 2}",
                      url=f"https://news.example/{i}", published=f"2025-10-0{i + 1}")
    analysis = Analysis(article_id=article.id, version="test",
                        sentences=[Sentence(0, 0, len(article.text), article.text)])
    return article, analysis, Assignment(article.id, story, 0.7)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    url = str(tmp_path / "f.db") if request.param == "sqlite" else request.getfixturevalue(
        "pg_url")
    s = open_store(url)
    yield s
    s.close()


def test_translation_of_sqlite_spellings() -> None:
    t = translate("INSERT OR REPLACE INTO index_stories (story_id, profile) VALUES (?, ?)")
    assert t.sql.endswith("ON CONFLICT (story_id) DO UPDATE SET profile = excluded.profile")
    t = translate("SELECT ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1) AND "
                  "name LIKE '50%'")
    assert t.order == [0, 1, 0] and "ILIKE '50%%'" in t.sql
    assert translate("INSERT INTO watches (url) VALUES (?)").returning == "id"


def test_browsing_summaries_people_and_brief_cache(store: Store) -> None:
    for i, story in enumerate([1, 1, 2]):
        assert store.add_article(*_item(i, story))
    summaries = store.story_summaries(limit=10)
    assert [s.id for s in summaries] == [2, 1]
    assert summaries[1].article_count == 2 and summaries[1].outlets == ["Outlet 0", "Outlet 1"]
    assert [s.id for s in store.story_summaries(limit=10, before=summaries[0].last_seq)] == [1]
    from storyline.store.queries import StoryFilter

    assert [s.id for s in store.story_summaries(StoryFilter(q="ferry"))] == [2]
    assert [s.id for s in store.story_summaries(StoryFilter(outlet="Outlet 1"))] == [1]
    assert store.outlet_counts() == [("Outlet 0", 2), ("Outlet 1", 1)]
    one = store.story_summary(1)
    assert store.cached_brief(1, one.version, "v1") is None
    assert store.stories_without_brief("v1") == [(2, 1), (1, one.version)]
    store.put_cached_brief(1, one.version, "v1", {"discrepancies": [1, 2]})
    assert store.cached_brief(1, one.version, "v1") == {"discrepancies": [1, 2]}
    assert store.story_summary(1, code="v1").discrepancies == 2
    _, _, assignment = store.article_item(_item(0, 1)[0].id)
    assert assignment is not None and assignment.story_id == 1
    assert store.latest_seq() >= 3


def test_story_ids_lock_repairs_and_corrections(store: Store) -> None:
    first = store.allocate_story_id()
    assert store.allocate_story_id() == first + 1
    with store.writer_lock(), store.writer_lock():  # re-entrant
        for i, story in enumerate([first, first, first + 1]):
            store.add_article(*_item(i, story))
    assert store.pending_repairs() == {first, first + 1}
    store.finish_repair([], [{"action": "merge", "from": first + 1, "into": first}])
    assert store.pending_repairs() == set()
    assert store.resolve_story_id(first + 1) == first
    assert store.story_redirects() == {first + 1: first}
    ids = store.story_article_ids(first)
    assert len(ids) == 2
    told = '{"d":[[739511,739511]],"l":[["flight","7"]]}'
    store.save_index_state({"idf": b"\x00\x01"}, [(ids[0], 3, b"vec", None, None, None, told)],
                           [(first, 1, 3, b"profile", told)], {})
    assert store.load_index_blobs() == {"idf": b"\x00\x01"}
    assert store.load_index_stories() == [(first, 1, 3, b"profile", told)]
    rows = store.load_index_articles(store.index_version()[0], 10)
    assert [r[5] for r in rows] == [b"vec", b"", b""]
    assert [r[9] for r in rows] == [told, None, None]
    store.reassign_articles([ids[1]], first + 5, {"action": "move"})
    assert store.pinned_articles() == {ids[1]: first + 5}
    assert store.story_members([first + 5]) == {first + 5: [(ids[1], None)]}
    store.delete_article(ids[0], {"action": "delete"})
    assert store.count_articles() == 2


def test_watches_watchlists_alerts_and_revisions(store: Store) -> None:
    watch = store.add_watch("https://feeds.example/rss", "example", 600)
    assert store.watch("example").id == watch.id == store.watches()[0].id
    store.update_watch(watch.id, etag='"abc"', failures=1)
    assert store.watch(watch.id).etag == '"abc"'
    store.put_watch_entries(watch.id, {"https://news.example/1": "f1"})
    assert store.watch_entries(watch.id) == {"https://news.example/1": "f1"}
    assert [w.id for w in store.due_watches("9999-01-01T00:00:00+00:00")] == [watch.id]
    with pytest.raises(Exception, match="example"):
        store.add_watch("https://feeds.example/other", "example", 600)
    store.remove_watch(watch.id)
    assert store.watches() == []

    wl = store.add_watchlist("ports", {"text": ["grain"]}, None)
    assert store.watchlist("ports").id == wl.id
    store.put_watchlist_state(wl.id, 1, ["Outlet 0"], [])
    assert store.watchlist_state(wl.id, 1) == (["Outlet 0"], [])
    alert = store.add_alert(wl.id, 1, "new", "a new story", {"k": 1}, None)
    store.set_alert_delivery(alert, "sent")
    alerts: list[Any] = store.alerts()
    assert [a.id for a in alerts] == [alert] and alerts[0].delivery == "sent"

    article, analysis, assignment = _item(0, 1)
    store.add_article(article, analysis, assignment)
    assert store.article_id_for_url(article.url or "") == article.id
    assert store.story_id_of(article.id) == 1
    revised = Article(text=TEXTS[0] + " Updated with figures for November.", title="Report 0",
                      outlet="Outlet 0", url=article.url)
    revised.id = article.id
    assert store.add_revision(article.id, revised, analysis) == 2
    assert [r.revision for r in store.revisions(article.id)] == [1, 2]
    assert store.search("November")[0].article_id == article.id
    assert store.story_profile(1).story_id == 1
    assert [r.id for r in store.article_rows(story_id=1)] == [article.id]


def test_measure_mentions(store: Store) -> None:
    article, analysis, assignment = _item(0, 1)
    store.add_article(article, analysis, assignment)
    stamp = store.measure_stamp()
    assert [a.article_id for a in store.analyses_without_mentions("m1")] == [article.id]
    store.put_measure_mentions("m1", [(article.id, [{"what": "tariff"}])])
    assert store.analyses_without_mentions("m1") == []
    rows = store.measure_mention_rows("m1")
    assert [r.article_id for r in rows] == [article.id]
    assert store.measure_stamp() != stamp


def test_briefs_of_two_codes_are_kept_side_by_side(store: Store) -> None:
    # two servers of one store with different thresholds: neither evicts the other's brief
    for i, story in enumerate([1, 1]):
        assert store.add_article(*_item(i, story))
    version = store.story_summary(1).version
    store.put_cached_brief(1, version, "code:min_confidence=0.0", {"discrepancies": [1, 2, 3]})
    store.put_cached_brief(1, version, "code", {"discrepancies": [1]})
    assert store.cached_brief(1, version, "code:min_confidence=0.0") == {"discrepancies": [1, 2, 3]}
    assert store.cached_brief(1, version, "code") == {"discrepancies": [1]}
    assert store.story_summary(1, code="code").discrepancies == 1
    assert store.stories_without_brief("code:min_confidence=0.0") == []
    # a newer version of the story: the older version's briefs go, whatever their code
    store.put_cached_brief(1, version + 1, "code", {"discrepancies": []})
    assert store.cached_brief(1, version, "code:min_confidence=0.0") is None
    assert store.cached_brief(1, version + 1, "code") == {"discrepancies": []}
