"""The library API across runs: story ids stay stable as more articles arrive in later
batches, and the repair step's changes are recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import api
from storyline.config import Settings
from storyline.demo import EXAMPLE_DOCS, HELDOUT
from storyline.evaluate.expected import parse_expected
from storyline.store import open_store

pytestmark = pytest.mark.slow

TRAINING_ONLY = (*EXAMPLE_DOCS, HELDOUT)  # the corpus EXPECTED.md describes


def _story_of(store) -> dict[str, int]:
    return {Path(a.source.split(" ")[0]).name + (f"#{a.external_id}" if a.external_id else ""):
            asg.story_id for a, _, asg in store.iter_items()}


def test_story_ids_survive_later_batches(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "batches.db"
    settings = Settings(db=str(db), workers=1)  # analysis workers: tests/test_nlp_pipeline.py
    first = sorted(str(p) for p in examples_dir.glob("s[12]-*"))
    with open_store(db) as store:
        api.ingest(first, store, settings)
        before = _story_of(store)
    assert len(set(before.values())) == 2  # the Brussels and Beijing rounds stay apart
    with open_store(db) as store:  # a new process: the index is rebuilt from the store
        report = api.ingest([str(examples_dir)], store, settings, exclude=TRAINING_ONLY)
        after = _story_of(store)
        assert report.duplicates == len(first)
    assert {k: after[k] for k in before} == before
    gold = parse_expected(examples_dir / "EXPECTED.md")
    assert len(set(after.values())) == len(gold)


def test_a_batch_ingested_in_small_chunks_gives_the_same_stories(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "CHUNK", 5)  # seven chunks, each analysed, assigned, repaired
    db = tmp_path / "chunks.db"
    with open_store(db) as store:
        report = api.ingest(
            [str(examples_dir)], store, Settings(db=str(db), workers=1), exclude=TRAINING_ONLY
        )
        stories = store.stories()
    gold = parse_expected(examples_dir / "EXPECTED.md")
    assert report.added == sum(len(s.articles) for s in gold)
    assert sorted(len(s.articles) for s in stories) == sorted(len(s.articles) for s in gold)
