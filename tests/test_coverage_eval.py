"""The discrepancy evaluation and the clustering date variants: matching, scoring, the
annotation file's rules, synthetic dates. No spaCy model: the systems are not run here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.errors import DatasetError
from storyline.evaluate.clustering import detokenize, synthesise_dates
from storyline.evaluate.discrepancies import (
    ANNOTATIONS,
    Disagreement,
    baseline_discrepancies,
    finds,
    load_annotations,
    score,
    subtopics_of,
    values_match,
)
from storyline.records import Article


def test_values_match_numbers_clock_times_and_words() -> None:
    assert values_match("about 2:30 a.m.", "2:30 a.m.")
    assert values_match("2009-01-06T02:30", "2:30 a.m.")
    assert not values_match("shortly after 2 a.m.", "2:30 a.m.")
    assert values_match("3 prior convictions", "three")
    assert not values_match("31 magazines", "12")
    assert values_match("A.J. Butler", "A.J. Butler")
    assert not values_match("A.J. Smith", "A.J. Butler")


def test_an_elided_annotated_quote_matches_a_report_of_one_of_its_pieces() -> None:
    gold = "enough for a lifetime of everything ... don't need to do anything anymore"
    assert values_match("I don't need to do anything anymore", gold)
    assert values_match("I have had enough for a lifetime of everything", gold)
    assert not values_match("I don't need to do any of that anymore", gold)
    assert not values_match("I don't need anything", "enough ... need")  # one-word pieces


def test_a_report_finds_an_annotation_only_with_two_of_its_values() -> None:
    gold = Disagreement("9ecb", "figure", "dead", {"three": ["9_1ecb"], "four": ["9_2ecb"]})
    assert finds(Disagreement("9ecb", "figure", "x", {"3 dead": [], "4 dead": []}), gold)
    assert not finds(Disagreement("9ecb", "figure", "x", {"3 dead": [], "5 dead": []}), gold)
    assert not finds(Disagreement("8ecb", "figure", "x", {"3 dead": [], "4 dead": []}), gold)


def test_score_gives_recall_and_precision_by_kind() -> None:
    gold = [Disagreement("9ecb", "figure", "dead", {"3": [], "4": []}),
            Disagreement("9ecb", "time", "crash", {"7 p.m.": [], "8 p.m.": []})]
    predicted = [Disagreement("9ecb", "figure", "d", {"3 dead": [], "4 dead": []}),
                 Disagreement("9ecb", "quote", "q", {"we will": [], "we shall": []})]
    result = score(predicted, gold)
    assert result["recall"] == 0.5 and result["precision"] == 0.5
    assert result["recall_by_kind"]["time"]["recall"] == 0.0
    assert result["precision_by_kind"]["quote"]["precision"] == 0.0


def test_annotations_stay_out_of_the_ecbplus_test_topics() -> None:
    parts, items = load_annotations(ANNOTATIONS)
    assert set(parts) >= {"test", "dev"}
    assert not set(parts["test"]) & set(parts["dev"])
    for sub in subtopics_of(parts, "all"):
        assert not 36 <= int(re.match(r"\d+", sub).group()) <= 45, sub
    assert {d.subtopic for d in items} <= set(subtopics_of(parts, "all"))
    with pytest.raises(DatasetError):
        subtopics_of(parts, "train")


def test_a_broken_annotation_file_is_a_dataset_error(tmp_path: Path) -> None:
    bad = tmp_path / "a.json"
    bad.write_text('{"parts": {"test": ["1ecb"]}, "disagreements": [{"subtopic": "1ecb"}]}')
    with pytest.raises(DatasetError, match=r"a\.json"):
        load_annotations(bad)


def test_baseline_sets_numbers_before_the_same_word_against_each_other() -> None:
    arts = [Article(text="Three people died and 12 were hurt.", external_id="1_1ecb.xml"),
            Article(text="Four people died in the blaze.", external_id="1_2ecb.xml")]
    found = baseline_discrepancies("1ecb", arts)
    assert [(d.about, sorted(d.values)) for d in found] == [
        ("people", ["3 people", "4 people"])]


def test_detokenize_rejoins_split_clock_times() -> None:
    assert detokenize(["at", "7:", "01", "p.", "m.", "on", "Friday"]) == "at 7:01 p.m. on Friday"


def _items() -> list[tuple[Article, str | None]]:
    return [(Article(text=f"report {i} of {g}", external_id=f"{g}-{i}"), g)
            for g in ("3ecb", "3ecbplus", "4ecb", "4ecbplus") for i in range(4)]


def test_synthetic_dates_put_one_topics_events_months_apart() -> None:
    items, order = synthesise_dates(_items(), "all", months_apart=3)
    days = {g: {a.published for a, gg in items if gg == g} for g in ("3ecb", "3ecbplus")}
    first = min(days["3ecb"])
    second = min(days["3ecbplus"])
    assert first is not None and second is not None
    from datetime import date
    gap = (date.fromisoformat(second) - date.fromisoformat(first)).days
    assert 85 <= gap <= 95
    published = [items[i][0].published or "" for i in order]
    assert published == sorted(published)


def test_synthetic_dates_on_half_the_articles_keep_the_text() -> None:
    original = _items()
    items, order = synthesise_dates(original, "half")
    assert sum(1 for a, _ in items if a.published) == len(items) // 2
    assert [a.text for a, _ in items] == [a.text for a, _ in original]
    assert sorted(order) == list(range(len(items)))
    with pytest.raises(DatasetError):
        synthesise_dates(original, "some")


def test_eval_discrepancies_cli_says_what_is_wrong_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    for args, needle in ((["--split", "nope"], "nope"), (["--data-dir", str(tmp_path)],
                                                        str(tmp_path))):
        result = runner.invoke(app, ["eval", "discrepancies", *args])
        assert result.exit_code == 1
        message = result.output.strip()
        assert needle in message and "Traceback" not in message and "\n" not in message
    help_text = runner.invoke(app, ["eval", "discrepancies", "--help"]).output
    assert "Examples:" in help_text
