"""The PolNeAR quote evaluator: reading BRAT standoff, matching, scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.errors import DatasetError
from storyline.evaluate.quotes import (
    GoldAttribution,
    GoldDoc,
    Prediction,
    evaluate_quotes,
    iter_predictions_jsonl,
    parse_ann,
    read_predictions,
    regex_predictions,
    score,
)

TEXT = (
    "“We will not back down,” the mayor said. Officials said the budget would pass "
    "in March. The vote was close."
)


def _gold() -> GoldDoc:
    q = TEXT.index("We will")
    mayor = TEXT.index("the mayor")
    officials = TEXT.index("Officials")
    content = TEXT.index("the budget")
    return GoldDoc(
        "doc1",
        TEXT,
        [
            GoldAttribution([(q - 1, q + 23)], [(mayor, mayor + 9)]),
            GoldAttribution([(content, content + 29)], [(officials, officials + 9)]),
        ],
    )


def test_parse_ann_reads_relations_with_and_without_source_and_split_content():
    ann = (
        "T1\tSource 0 3\tshe\n"
        "T2\tCue 4 8\tsaid\n"
        "T3\tContent 10 20;30 40\tsplit content\n"
        "T4\tAttribution 4 8\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tCue 50 55\tsaid\n"
        "T6\tContent 56 70\tno source\n"
        "T7\tAttribution-no-source 50 55\tsaid\n"
        "E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n"
        "T8\tDiscuss 80 90\tx\n"
    )
    rels = parse_ann(ann)
    assert len(rels) == 2
    assert rels[0].content == [(10, 20), (30, 40)]
    assert rels[0].source == [(0, 3)]
    assert rels[1].source is None


def test_perfect_predictions_score_100():
    gold = _gold()
    preds = {"doc1": [Prediction((a.content[0][0], a.content[0][1]), a.source[0])
                      for a in gold.attributions]}
    result = score([gold], preds)
    assert result["speaker_attributed_overlap"]["f1"] == 100.0
    assert result["content_exact"]["f1"] == 100.0


def test_content_match_with_wrong_speaker_counts_for_content_not_speaker():
    gold = _gold()
    q = TEXT.index("We will")
    vote = TEXT.index("The vote")
    preds = {"doc1": [Prediction((q, q + 22), (vote, vote + 8))]}
    result = score([gold], preds)
    assert result["content_overlap"]["precision"] == 100.0
    assert result["content_overlap"]["recall"] == 50.0
    assert result["speaker_attributed_overlap"]["f1"] == 0.0
    assert result["speaker_accuracy_on_matched"] == 0.0


def test_exact_match_ignores_quote_marks_and_edge_punctuation_only():
    gold = _gold()
    q = TEXT.index("We will")
    exact = score([gold], {"doc1": [Prediction((q, q + 22), None)]})
    assert exact["content_exact"]["precision"] == 100.0
    shorter = score([gold], {"doc1": [Prediction((q, q + 12), None)]})
    assert shorter["content_exact"]["precision"] == 0.0
    assert shorter["content_overlap"]["precision"] == 100.0


def test_one_prediction_matches_one_gold_only():
    gold = _gold()
    whole = Prediction((0, len(TEXT)), None)
    result = score([gold], {"doc1": [whole]})
    assert result["content_overlap"]["recall"] == 50.0


def test_regex_baseline_finds_the_quote_and_its_speaker():
    preds = regex_predictions([_gold()])["doc1"]
    assert len(preds) == 1
    s, e = preds[0].source
    assert TEXT[s:e] == "the mayor"


def test_predictions_file_round_trip(tmp_path: Path):
    preds = {"doc1": [Prediction((1, 5), (7, 9)), Prediction((10, 20), None)]}
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(iter_predictions_jsonl(preds)) + "\n", encoding="utf-8")
    back = read_predictions(path)
    assert back["doc1"] == preds["doc1"]


def test_malformed_predictions_file_says_where(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"doc": "d", "content": "nope"}) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="line 1"):
        read_predictions(path)


def test_missing_dataset_says_what_to_do(tmp_path: Path):
    with pytest.raises(DatasetError, match="--data-dir"):
        evaluate_quotes(split="dev", data_dir=tmp_path)


@pytest.mark.slow
def test_three_dev_documents_score_well_above_the_regex_baseline(data_dir: Path):
    if not (data_dir / "polnear" / "dev").is_dir():
        pytest.skip("PolNeAR is not present")
    result = evaluate_quotes(split="dev", data_dir=data_dir, limit=3)
    ours = result["systems"]["storyline"]["speaker_attributed_overlap"]["f1"]
    regex = result["systems"]["regex_baseline"]["speaker_attributed_overlap"]["f1"]
    assert result["documents"] == 3
    assert ours > regex
    assert ours >= 40.0


def test_eval_writes_storylines_predictions_for_rescoring(tmp_path: Path, data_dir: Path):
    from storyline.evaluate.quotes import evaluate_quotes, load_polnear, score

    out = tmp_path / "quotes.jsonl"
    result = evaluate_quotes("polnear", "dev", data_dir, out, limit=2)
    rescored = score(load_polnear("dev", data_dir)[:2], read_predictions(out))
    assert rescored == result["systems"]["storyline"]
