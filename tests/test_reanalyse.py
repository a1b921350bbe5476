"""``storyline reanalyse``: articles whose stored analysis an older NLP made are analysed
again and every table derived from the analysis follows (the people index, the story's
version that keys cached briefs, the cached trade mentions); story assignments stay; a
second run does nothing; an article the NLP fails on is reported and the rest go on. On
SQLite and PostgreSQL, with the real NLP, on short texts written for these tests."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from clitools import cli, out

from storyline.nlp import ANALYZER_VERSION
from storyline.records import Analysis, Person
from storyline.store import Store, open_store
from storyline.trade import EXTRACTOR_VERSION

ONE = """Title: Storm surge shuts the Maeslant barrier
Outlet: Delta Ledger
URL: https://deltaledger.example/2026/03/10/barrier
Published: 2026-03-10

ROTTERDAM — Engineers closed the Maeslant flood barrier on Tuesday as a North Sea storm pushed water 3.2 metres above normal, the first closure in six years.

"The barrier did exactly what it was built to do," said Femke de Wit, the head of the regional water authority.

The barrier was completed in 1997 and cost about 450 million euros.
"""

TWO = """Title: Rotterdam closes its giant sea gates as storm hits
Outlet: Polder Post
URL: https://polderpost.example/news/maeslant-closure
Published: 2026-03-10

ROTTERDAM — The Maeslant storm barrier swung shut on Tuesday for the first time in six years, as a North Sea storm drove the water 3.1 metres above its normal level.

Femke de Wit, who leads the regional water authority, said the gates worked as designed and would reopen once the surge had passed.

Finished in 1997, the barrier cost roughly 450 million euros to build.
"""

CODE = "test-brief-builder"


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database holding the two articles above, ingested with the real NLP."""
    url = str(tmp_path / "r.db") if request.param == "sqlite" else request.getfixturevalue(
        "pg_url")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(ONE)
    (folder / "two.txt").write_text(TWO)
    assert out(url, "ingest", str(folder), "--json")["added"] == 2
    yield url


def _made_old(store: Store) -> dict[str, Analysis]:
    """Rewrite every stored analysis as the older NLP left it: version "nlp-1", no
    governors on its dates, no people. Returns the current analyses, by article id."""
    current = {}
    for article, analysis, _ in list(store.iter_items()):
        current[article.id] = analysis
        old = dataclasses.replace(
            analysis, version="nlp-1", people=[],
            times=[dataclasses.replace(t, governor=None) for t in analysis.times])
        assert store.replace_analyses([(article.content_hash, old)]) == {
            article.id: store.story_id_of(article.id)}
    return current


def test_old_analyses_are_redone_and_what_derives_from_them_follows(db: str) -> None:
    with open_store(db) as store:
        current = _made_old(store)
        assert all(any(t.governor for t in a.times) for a in current.values())
        assert store.person_stories("Femke de Wit") == []
        (story,) = store.stories()
        assigned = {a.id: story.id for a in story.articles}
        version = store.story_version(story.id)
        assert version is not None
        store.put_cached_brief(story.id, version, CODE, {"discrepancies": []})
        assert store.cached_brief(story.id, version, CODE) is not None
        assert store.analysis_versions() == {"nlp-1": 2}

    report = out(db, "reanalyse", "--json")
    assert report["reanalysed"] == 2 and report["skipped"] == 0 and report["failed"] == []
    assert report["stories_touched"] == 1 and report["remaining"] == 0

    with open_store(db) as store:
        assert store.analysis_versions() == {ANALYZER_VERSION: 2}
        for article, analysis, assignment in store.iter_items():
            assert analysis.version == ANALYZER_VERSION
            assert any(t.governor for t in analysis.times), article.id  # the new NLP's
            assert analysis.people == current[article.id].people
            assert assignment.story_id == assigned[article.id]  # clustering untouched
        # the people index is rebuilt from the new analyses
        (found,) = store.person_stories("Femke de Wit")
        assert found.story_id == story.id and found.articles == 2
        # the story moved on: the brief cached for its old version is not served
        new_version = store.story_version(story.id)
        assert new_version is not None and new_version > version
        assert store.cached_brief(story.id, new_version, CODE) is None
        assert (story.id, new_version) in store.stories_without_brief(CODE)
        # trade mentions were cached again for this extractor
        assert store.analyses_without_mentions(EXTRACTOR_VERSION) == []
        assert [s.id for s in store.stories()] == [story.id]

    again = out(db, "reanalyse", "--json")
    assert again["reanalysed"] == 0 and again["skipped"] == 2 and again["stories_touched"] == 0
    with open_store(db) as store:
        assert store.story_version(story.id) == new_version  # nothing moved


def test_all_and_limit(db: str) -> None:
    first = out(db, "reanalyse", "--all", "--limit", "1", "--json")
    assert (first["reanalysed"], first["skipped"], first["remaining"]) == (1, 0, 1)
    everything = out(db, "reanalyse", "--all", "--json")
    assert (everything["reanalysed"], everything["skipped"]) == (2, 0)
    result = cli(db, "reanalyse")
    assert result.exit_code == 0
    assert result.stdout.strip() == (
        "reanalysed 0, skipped 2, failed 0, stories touched 0")


def test_the_library_call_works_in_batches_and_reports_progress(db: str) -> None:
    from storyline.reanalyse import reanalyse

    seen: list[tuple[str, int, int]] = []
    with open_store(db) as store:
        _made_old(store)
        report = reanalyse(store, batch=1, progress=lambda *step: seen.append(step))
        assert report.reanalysed == 2 and len(report.stories) == 1
        assert store.analysis_versions() == {ANALYZER_VERSION: 2}
    assert seen == [("reanalysing", 1, 2), ("reanalysing", 2, 2)]


def test_an_article_revised_meanwhile_keeps_its_revision_and_a_batch_is_atomic(
    db: str,
) -> None:
    with open_store(db) as store:
        current = _made_old(store)
        ids = list(current)
        # analysed from a text the article no longer has: left alone
        assert store.replace_analyses([("0" * 64, current[ids[0]])]) == {}
        # the second item cannot be written: the first is rolled back with it
        broken = dataclasses.replace(current[ids[1]], people=[Person(name={1})])  # type: ignore[arg-type]
        hashes = {a.id: a.content_hash for a, _, _ in store.iter_items()}
        with pytest.raises(TypeError):
            store.replace_analyses([(hashes[ids[0]], current[ids[0]]),
                                    (hashes[ids[1]], broken)])
        assert store.analysis_versions() == {"nlp-1": 2}
        assert store.person_stories("Femke de Wit") == []


def test_an_article_the_nlp_cannot_read_is_reported_and_the_rest_go_on(
    tmp_path: Path,
) -> None:
    """SQLite keeps any type in a column: a text written as bytes by another program
    cannot be analysed. (PostgreSQL's text column cannot hold such a row.)"""
    db = tmp_path / "bad.db"
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(ONE)
    (folder / "two.txt").write_text(TWO)
    assert out(db, "ingest", str(folder), "--json")["added"] == 2
    with open_store(str(db)) as store:
        _made_old(store)
        bad, good = [a.id for a, _, _ in store.iter_items()]
        store.conn.execute("UPDATE articles SET text = CAST(text AS BLOB) WHERE id = ?",
                           (bad,))
    report = out(db, "reanalyse", "--json")
    assert report["reanalysed"] == 1 and report["skipped"] == 0
    (failure,) = report["failed"]
    assert failure["id"] == bad and "not text" in failure["reason"]
    with open_store(str(db)) as store:
        assert store.analysis_versions() == {"nlp-1": 1, ANALYZER_VERSION: 1}
        assert store.article_item(good)[1].version == ANALYZER_VERSION
    again = cli(db, "reanalyse")  # the bad one is still due, the good one is done
    assert again.exit_code == 1  # every article it tried failed
    assert again.stdout.startswith("reanalysed 0, skipped 1, failed 1")
    assert f"failed {bad}: the stored text is not text but bytes" in again.stderr
    assert "Traceback" not in again.output


def test_help_names_what_it_does_not_change() -> None:
    result = cli("unused.db", "reanalyse", "--help")
    assert result.exit_code == 0
    assert "not changed" in result.stdout and "Examples:" in result.stdout
