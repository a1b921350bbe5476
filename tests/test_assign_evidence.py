"""The clustering evidence (dates the texts state, series numbers) is saved with the index
state: two undated same-topic events ingested in separate batches, with a new store
connection and index load between them, stay apart exactly as in one batch, and the
loaded index carries the same evidence as the live one. Articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import api
from storyline.assign import assign_batch, load_index
from storyline.config import Settings
from storyline.records import Article
from storyline.store import open_store
from storyline.stories import StoryIndex, state

# Two rate decisions of one (invented) central bank, three months apart, two outlets
# each, no publication date: only the dates the texts state tell the events apart.
MARCH = [
    ("Bank of Caldora cuts its policy rate by a quarter point", "Vessel Wire",
     "VERENNA - The Bank of Caldora cut its policy rate by a quarter of a percentage point "
     "on March 12, 2025, to a range of 2.5% to 2.75%. Governor Ottilie Brandmark said "
     "slowing wage growth gave the board room to ease, and the Caldoran krona fell against "
     "the euro. Shares on the Verenna exchange rose after the decision."),
    ("Caldora central bank lowers rates as wage growth slows", "Northgate Post",
     "The Bank of Caldora lowered its policy rate by a quarter point on March 12, 2025, "
     "setting the range at 2.5% to 2.75%. Governor Ottilie Brandmark told reporters in "
     "Verenna that slowing wage growth allowed the cut. The krona weakened against the "
     "euro and shares on the Verenna exchange gained."),
]
JUNE = [
    ("Bank of Caldora cuts its policy rate again", "Vessel Wire",
     "VERENNA - The Bank of Caldora cut its policy rate by a quarter of a percentage point "
     "on June 18, 2025, to a range of 2.25% to 2.5%. Governor Ottilie Brandmark said wage "
     "growth had slowed further, and the Caldoran krona fell against the euro. Shares on "
     "the Verenna exchange rose after the decision."),
    ("Caldora central bank lowers rates for a second time", "Northgate Post",
     "The Bank of Caldora lowered its policy rate by a quarter point on June 18, 2025, "
     "setting the range at 2.25% to 2.5%. Governor Ottilie Brandmark told reporters in "
     "Verenna that wage growth kept slowing. The krona weakened against the euro and "
     "shares on the Verenna exchange gained."),
]


def _articles(rows: list[tuple[str, str, str]]) -> list[Article]:
    return [Article(text=body, title=title, outlet=outlet) for title, outlet, body in rows]


def _partition(store) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for article, _, assignment in store.iter_items():
        groups.setdefault(assignment.story_id, set()).add(article.title or "")
    return {frozenset(g) for g in groups.values()}


def _same_evidence(live: StoryIndex, loaded: StoryIndex) -> None:
    assert live.evidence == loaded.evidence
    assert live.outlets == loaded.outlets  # the repair's one-outlet guard needs them
    assert set(live.outlets.values()) == {"vessel wire", "northgate post"}
    assert live.stories.keys() == loaded.stories.keys()
    for sid, story in live.stories.items():
        assert (story.stated, story.labels) == (loaded.stories[sid].stated,
                                                loaded.stories[sid].labels)


@pytest.fixture(scope="module")
def settings() -> Settings:
    pytest.importorskip("spacy")
    return Settings()


def test_batches_with_a_restart_between_them_stay_apart_as_in_one_batch(
    tmp_path: Path, settings: Settings
) -> None:
    with open_store(tmp_path / "one.db") as store:
        api.ingest_items(_articles(MARCH + JUNE), store, settings)
        one_batch = _partition(store)
    assert len(one_batch) == 2  # the two decisions, each with both of its reports

    with open_store(tmp_path / "two.db") as store:
        api.ingest_items(_articles(MARCH), store, settings)
    with open_store(tmp_path / "two.db") as store:  # a new process: index from the store
        loaded = load_index(store)
        assert any(s.stated for s in loaded.stories.values())  # restored, not recomputed
        api.ingest_items(_articles(JUNE), store, settings)
        assert _partition(store) == one_batch


def test_the_loaded_index_carries_the_live_ones_evidence(tmp_path: Path, settings) -> None:
    from storyline.nlp import analyze_many

    articles = _articles(MARCH + JUNE)
    pairs = list(zip(articles, analyze_many(articles), strict=True))
    with open_store(tmp_path / "evidence.db") as store:
        live, _, _ = assign_batch(store, None, pairs[:3])
        live, _, _ = assign_batch(store, live, pairs[3:])  # a second saved chunk
        assert any(told != state.NO_EVIDENCE for told in live.evidence.values())
        _same_evidence(live, load_index(store))
        # a story whose saved state a correction dropped is rebuilt from its members'
        sid = live.story_of[articles[0].id]
        store.conn.execute("DELETE FROM index_stories WHERE story_id = ?", (sid,))
        _same_evidence(live, load_index(store))


def test_evidence_round_trips_compactly() -> None:
    told = ((739322, 739322), (739252, 739616)), frozenset({("flight", "7"),
                                                            ("range%", "2.5-2.75")})
    packed = state.pack_evidence(*told)
    assert packed is not None and len(packed) < 90
    assert state.unpack_evidence(packed) == told  # the lead date stays first
    assert state.pack_evidence((), frozenset()) is None
    with_outlet = state.pack_evidence(*told, outlet="vessel wire")
    assert state.unpack_evidence(with_outlet) == told
    assert state.unpack_article_evidence(with_outlet) == (told, "vessel wire")
    assert state.unpack_article_evidence(packed) == (told, None)  # saved before outlets
    assert state.unpack_evidence(state.pack_evidence((), (), outlet="x")) == ((), frozenset())
    assert state.unpack_evidence(None) == state.unpack_evidence("not json") == (
        (), frozenset())
