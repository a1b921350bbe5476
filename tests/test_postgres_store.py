"""The store contract on both backends (SQLite and PostgreSQL), and PostgreSQL's own parts:
migrations recorded in the database, uniqueness enforced by it, bulk COPY, clear errors."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from storyline.errors import NotFoundError, StoreError
from storyline.records import Analysis, Article, Assignment, Rejection, Sentence
from storyline.store import Store, open_store

TEXT = (
    "Harbour pilots in Gdynia said on Tuesday that grain shipments rose by 9 percent in "
    "October, after the port opened a second deep-water berth and two Danish carriers "
    "added weekly calls to the Baltic route."
)


def _article(text: str = TEXT, **kw: object) -> Article:
    return Article(text=text, title="Gdynia grain shipments rise", outlet="Baltic Ledger", **kw)


def _analysis(article: Article) -> Analysis:
    return Analysis(
        article_id=article.id,
        version="test",
        sentences=[Sentence(0, 0, len(article.text), article.text)],
    )


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture()
def store(url: str) -> Iterator[Store]:
    s = open_store(url)
    yield s
    s.close()


def test_postgres_store_implements_every_method_of_the_store_protocol() -> None:
    pytest.importorskip("psycopg")
    from storyline.store.postgres import PostgresStore

    wanted = {
        name: member
        for name, member in inspect.getmembers(Store, inspect.isfunction)
        if not name.startswith("_")
    }
    missing = [n for n in wanted if not callable(getattr(PostgresStore, n, None))]
    assert missing == [], f"PostgresStore lacks {missing}"
    for name, member in wanted.items():
        ours = inspect.signature(getattr(PostgresStore, name))
        assert list(ours.parameters) == list(inspect.signature(member).parameters), name


def test_same_article_twice_is_stored_once(store: Store) -> None:
    a = _article()
    assert store.add_article(a, _analysis(a), Assignment(a.id, 1))
    assert not store.add_article(a, _analysis(a), Assignment(a.id, 2))
    assert store.count_articles() == 1
    assert store.has_content(a.content_hash)
    assert store.stored_hashes([a.content_hash, "0" * 64]) == {a.content_hash}
    assert store.stored_hashes([]) == set()
    assert [s.id for s in store.stories()] == [1]


def test_a_failed_write_leaves_nothing_half_stored(store: Store) -> None:
    good = _article()
    store.add_article(good, _analysis(good), Assignment(good.id, 1))
    bad = _article(TEXT + " Dock workers expect the rise to continue into December.")
    broken = _analysis(bad)
    broken.measures = [{"not json": object()}]  # type: ignore[list-item]
    with pytest.raises(TypeError):
        store.add_article(bad, broken, Assignment(bad.id, 1))
    assert store.count_articles() == 1
    assert not store.has_content(bad.content_hash)


def test_items_round_trip_and_newest_keeps_the_last(store: Store) -> None:
    articles = [_article(f"{TEXT} Update number {i} came from the harbour office.",
                         published=f"2025-03-0{i + 1}") for i in range(3)]
    for i, a in enumerate(articles):
        store.add_article(a, _analysis(a), Assignment(a.id, 1 + i % 2, 0.5, None))
    items = list(store.iter_items())
    assert [a.id for a, _, _ in items] == [a.id for a in articles]
    article, analysis, assignment = items[0]
    assert article == articles[0]
    assert analysis.sentences[0].text == articles[0].text
    assert assignment == Assignment(articles[0].id, 1, 0.5, None)
    assert [a.id for a, _, _ in store.iter_items(newest=2)] == [a.id for a in articles[1:]]
    assert [a.id for a, _, _ in store.iter_items(2)] == [articles[1].id]
    assert store.max_story_id() == 2
    assert store.article(articles[2].id) == articles[2]


def test_repairs_move_articles_and_are_recorded(store: Store) -> None:
    a = _article()
    store.add_article(a, _analysis(a), Assignment(a.id, 1))
    store.update_assignments([Assignment(a.id, 4, 0.9)], [{"kind": "merge", "into": 4}])
    assert [s.id for s in store.stories()] == [4]
    assert store.story_changes() == [{"kind": "merge", "into": 4}]


def test_search_finds_words_and_tolerates_any_query(store: Store) -> None:
    a = _article()
    store.add_article(a, _analysis(a), Assignment(a.id, 1))
    hits = store.search("grain shipments")
    assert [h.article_id for h in hits] == [a.id]
    assert hits[0].story_id == 1 and "[" in hits[0].snippet
    assert store.search('"unbalanced AND (') == []
    assert store.search("volcano") == []


def test_unknown_ids_are_clear_errors(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no story with id 7"):
        store.story(7)
    with pytest.raises(NotFoundError, match="no article"):
        store.article("nope")


def test_rejections_are_recorded_in_order(store: Store) -> None:
    store.record_rejection(Rejection("a.txt", "empty file"))
    store.record_rejection(Rejection("b.json", "line 2: not JSON"))
    assert store.rejections() == [
        Rejection("a.txt", "empty file"), Rejection("b.json", "line 2: not JSON")
    ]


def test_bulk_add_stores_new_articles_once(url: str) -> None:
    with open_store(url) as store:
        first = _article()
        store.add_article(first, _analysis(first), Assignment(first.id, 1))
        batch = [first] + [_article(f"{TEXT} Item {i} of the bulk batch.") for i in range(5)]
        items = [(a, _analysis(a), Assignment(a.id, 2)) for a in batch]
        add_articles = getattr(store, "add_articles", None)
        if add_articles is None:
            pytest.skip("this backend has no bulk add")
        assert add_articles(items + items[-1:]) == [False] + [True] * 5 + [False]
        assert add_articles(items) == [False] * 6
        assert store.count_articles() == 6
        assert [a.id for a, _, _ in store.iter_items()] == [a.id for a in batch]


# -- PostgreSQL only -----------------------------------------------------------------------


def test_postgres_migrations_are_recorded_and_apply_once(pg_url: str) -> None:
    import psycopg

    from storyline.store.postgres_schema import MIGRATIONS

    open_store(pg_url).close()
    open_store(pg_url).close()
    with psycopg.connect(pg_url) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]


def test_postgres_threads_adding_the_same_articles_store_each_once(pg_url: str) -> None:
    articles = [_article(f"{TEXT} Report {i} from the quay.") for i in range(20)]
    with open_store(pg_url) as store:

        def add_all(_: int) -> int:
            return sum(store.add_article(a, _analysis(a), Assignment(a.id, 1)) for a in articles)

        with ThreadPoolExecutor(4) as pool:
            added = list(pool.map(add_all, range(4)))
        assert sum(added) == 20
        assert store.count_articles() == 20


def test_postgres_unreachable_server_is_a_one_line_error_without_the_password() -> None:
    pytest.importorskip("psycopg")
    from storyline.store.postgres_cluster import free_port

    url = f"postgresql://team:s3cret@127.0.0.1:{free_port()}/news"
    with pytest.raises(StoreError) as err:
        open_store(url)
    message = str(err.value)
    assert "s3cret" not in message and "\n" not in message
    assert message.startswith("postgresql://team:***@127.0.0.1")
