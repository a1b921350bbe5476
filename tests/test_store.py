"""The SQLite store: migrations, idempotent and transactional writes, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.errors import NotFoundError, StoreError
from storyline.records import Analysis, Article, Assignment, Rejection, Sentence
from storyline.store import open_store
from storyline.store.migrations import MIGRATIONS, migrate

TEXT = (
    "Port authorities in Valparaiso said on Monday that container traffic fell by 12 percent "
    "in the third quarter, as a strike by crane operators entered its second week and "
    "shipping lines diverted vessels to San Antonio."
)


def _article(text: str = TEXT, **kw: object) -> Article:
    return Article(text=text, title="Valparaiso traffic falls", outlet="Civic Record", **kw)


def _analysis(article: Article) -> Analysis:
    return Analysis(
        article_id=article.id,
        version="test",
        sentences=[Sentence(0, 0, len(article.text), article.text)],
    )


def test_migrations_apply_once_and_are_recorded(db_path: Path) -> None:
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    assert migrate(conn) == []  # nothing pending on a current database
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]


def test_adding_the_same_article_twice_stores_it_once(db_path: Path) -> None:
    with open_store(db_path) as store:
        a = _article()
        assert store.add_article(a, _analysis(a), Assignment(a.id, 1))
        assert not store.add_article(a, _analysis(a), Assignment(a.id, 2))
        assert store.count_articles() == 1
        assert [s.id for s in store.stories()] == [1]


def test_a_failed_write_leaves_nothing_half_stored(db_path: Path) -> None:
    with open_store(db_path) as store:
        good = _article()
        store.add_article(good, _analysis(good), Assignment(good.id, 1))
        bad = _article(TEXT + " Unions said talks would resume on Thursday.")
        broken = _analysis(bad)
        broken.measures = [{"not json": object()}]  # fails after the article row is written
        with pytest.raises(TypeError):
            store.add_article(bad, broken, Assignment(bad.id, 1))
        assert store.count_articles() == 1
        assert not store.has_content(bad.content_hash)
        # the store is still usable and the failed article can be added later
        assert store.add_article(bad, _analysis(bad), Assignment(bad.id, 1))


def test_items_round_trip_through_json(db_path: Path) -> None:
    with open_store(db_path) as store:
        a = _article(published="2026-10-05", published_from="metadata", external_id="x-1")
        store.add_article(a, _analysis(a), Assignment(a.id, 4, 0.8, None))
        [(article, analysis, assignment)] = list(store.iter_items(4))
    assert article == a
    assert analysis.sentences[0].text == TEXT
    assert (assignment.story_id, assignment.score) == (4, 0.8)


def test_search_finds_words_and_tolerates_bad_query_syntax(db_path: Path) -> None:
    with open_store(db_path) as store:
        a = _article()
        store.add_article(a, _analysis(a), Assignment(a.id, 1))
        hits = store.search("crane operators")
        assert [h.article_id for h in hits] == [a.id]
        assert "[crane]" in hits[0].snippet
        assert [h.article_id for h in store.search('crane "operators')] == [a.id]
        assert store.search("lumber") == []


def test_unknown_story_is_a_clear_error(db_path: Path) -> None:
    with open_store(db_path) as store, pytest.raises(NotFoundError, match="storyline stories"):
        store.story(99)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match=r"notes\.db"):
        open_store(path)
    assert path.read_text().startswith("these are my notes")


def test_rejections_are_recorded(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.record_rejection(Rejection("empty.txt", "empty file"))
        assert store.rejections() == [Rejection("empty.txt", "empty file")]
