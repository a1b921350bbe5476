"""Claim-alignment evaluation: gold pairs from cross-document action chains, the mapping of
Storyline's sentences onto CAT sentences, the scorer, and the command on a tiny CAT-XML
folder written here (three reports of one made-up ferry rescue)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clitools import cli

from storyline.errors import DatasetError
from storyline.evaluate.catxml import read_cat
from storyline.evaluate.claims import (
    action_chains,
    baseline_pairs,
    claim_pairs,
    evaluate_claims,
    gold_pairs,
    gold_sentences,
    load_selected,
    score,
    sentence_map,
)
from storyline.evaluate.clustering import load_ecbplus_subtopic
from storyline.records import Analysis, Sentence

# Each document: sentences of (token, chain or None); a chain marks an action mention.
DOCS = {
    "1_1ecb": [
        [("Coastguards", None), ("rescued", "ACT1"), ("forty", None), ("passengers", None),
         ("from", None), ("a", None), ("ferry", None), ("on", None), ("Sunday", None),
         (".", None)],
        [("The", None), ("captain", None), ("praised", "ACT2"), ("the", None), ("crew", None),
         ("for", None), ("their", None), ("calm", None), ("work", None), (".", None)],
    ],
    "1_2ecb": [
        [("Forty", None), ("passengers", None), ("were", None), ("rescued", "ACT1"),
         ("from", None), ("a", None), ("stranded", None), ("ferry", None), ("on", None),
         ("Sunday", None), (".", None)],
        [("A", None), ("local", None), ("school", None), ("opened", "ACT3"), ("a", None),
         ("new", None), ("library", None), ("last", None), ("week", None), (".", None)],
    ],
    "1_3ecb": [
        [("The", None), ("captain", None), ("praised", "ACT2"), ("his", None), ("crew", None),
         ("after", None), ("the", None), ("rescue", "ACT1"), (".", None)],
    ],
}
SELECTED = [("1", "1ecb", 0), ("1", "1ecb", 1), ("1", "2ecb", 0), ("1", "2ecb", 1),
            ("1", "3ecb", 0)]


def _cat_xml(name: str, sentences: list[list[tuple[str, str | None]]]) -> str:
    tokens, markables, relations = [], [], []
    t_id = 0
    for number, sentence in enumerate(sentences):
        for word, chain in sentence:
            t_id += 1
            tokens.append(f'<token t_id="{t_id}" sentence="{number}" number="{t_id}">'
                          f"{word}</token>")
            if chain:
                markables.append(f'<ACTION_OCCURRENCE m_id="{t_id}"><token_anchor '
                                 f't_id="{t_id}"/></ACTION_OCCURRENCE>')
                relations.append(f'<CROSS_DOC_COREF r_id="{t_id}" note="{chain}">'
                                 f'<source m_id="{t_id}"/><target m_id="999"/>'
                                 "</CROSS_DOC_COREF>")
    return (f'<Document doc_name="{name}.xml">{"".join(tokens)}<Markables>'
            f'{"".join(markables)}</Markables><Relations>{"".join(relations)}</Relations>'
            "</Document>")


@pytest.fixture()
def tiny_ecbplus(tmp_path: Path) -> Path:
    root = tmp_path / "ecbplus"
    (root / "docs" / "1").mkdir(parents=True)
    for name, sentences in DOCS.items():
        (root / "docs" / "1" / f"{name}.xml").write_text(_cat_xml(name, sentences))
    rows = ["Topic,File,Sentence Number", *(f"{t},{f},{n}" for t, f, n in SELECTED)]
    (root / "ECBplus_coreference_sentences.csv").write_text("\n".join(rows) + "\n")
    (root / "train_val_test_split.json").write_text(
        json.dumps({"train": [1], "val": [], "test": []}))
    return tmp_path


def _golds(data_dir: Path) -> list:
    out = []
    for article in load_ecbplus_subtopic(data_dir, "1ecb"):
        out.extend(gold_sentences(read_cat(Path(article.source or "")), article.text))
    return out


def test_action_chains_are_read_per_sentence(tiny_ecbplus: Path):
    cat = read_cat(tiny_ecbplus / "ecbplus" / "docs" / "1" / "1_3ecb.xml")
    assert action_chains(cat) == {0: {"ACT1", "ACT2"}}


def test_gold_pairs_join_sentences_of_different_documents_sharing_a_chain(tiny_ecbplus):
    selected = load_selected(tiny_ecbplus / "ecbplus" / "ECBplus_coreference_sentences.csv")
    pairs = gold_pairs(_golds(tiny_ecbplus), selected)
    assert pairs == {
        (("1_1ecb", 0), ("1_2ecb", 0)),  # the rescue, told twice
        (("1_1ecb", 0), ("1_3ecb", 0)),
        (("1_2ecb", 0), ("1_3ecb", 0)),
        (("1_1ecb", 1), ("1_3ecb", 0)),  # the praise
    }
    # control: a sentence not in the annotated list takes part in no pair
    fewer = selected - {("1_3ecb", 0)}
    assert gold_pairs(_golds(tiny_ecbplus), fewer) == {(("1_1ecb", 0), ("1_2ecb", 0))}


def test_storyline_sentences_map_onto_the_cat_sentence_they_overlap_most(tiny_ecbplus):
    golds = [g for g in _golds(tiny_ecbplus) if g.key[0] == "1_1ecb"]
    first, second = golds
    analysis = Analysis(article_id="x", version="t", sentences=[
        Sentence(0, first.start, first.end - 5, "…"),
        Sentence(1, first.end - 4, second.end, "…"),  # mostly the second sentence
    ])
    assert sentence_map(analysis, golds) == {0: first.key, 1: second.key}


def test_claim_pairs_count_only_sentences_of_different_documents():
    keys = {("a", 0): ("d1", 0), ("a", 1): ("d1", 1), ("b", 0): ("d2", 0)}
    pairs = claim_pairs([[("a", 0), ("a", 1), ("b", 0)], [("b", 9)]], keys)
    assert pairs == {(("d1", 0), ("d2", 0)), (("d1", 1), ("d2", 0))}


def test_score_counts_only_pairs_of_annotated_sentences():
    gold = {(("d1", 0), ("d2", 0)), (("d1", 1), ("d2", 1))}
    predicted = {(("d1", 0), ("d2", 0)), (("d1", 0), ("d2", 1)), (("d1", 5), ("d2", 0))}
    selected = {("d1", 0), ("d1", 1), ("d2", 0), ("d2", 1)}
    result = score(predicted, gold, selected)
    assert (result["precision"], result["recall"], result["predicted_pairs"]) == (0.5, 0.5, 2)


def test_baseline_pairs_close_wordings_only(tiny_ecbplus):
    pairs = baseline_pairs(_golds(tiny_ecbplus), cosine=0.5)
    assert (("1_1ecb", 0), ("1_2ecb", 0)) in pairs
    assert (("1_1ecb", 0), ("1_2ecb", 1)) not in pairs  # the library is another matter


def test_unreadable_sentence_list_is_a_dataset_error(tmp_path: Path):
    bad = tmp_path / "sentences.csv"
    bad.write_text("Topic;File\n1;2\n")
    with pytest.raises(DatasetError, match=r"sentences\.csv"):
        load_selected(bad)


def test_eval_claims_command_scores_the_tiny_corpus(tiny_ecbplus: Path, tmp_path: Path):
    result = cli(tmp_path / "db.sqlite", "eval", "claims", "--split", "train", "--data-dir",
                 str(tiny_ecbplus), "--cache-dir", str(tmp_path / "cache"), "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["documents"] == 3 and out["storyline"]["gold_pairs"] == 4
    assert out["baseline"]["correct_pairs"] >= 1
    # the cached analyses make a second run read, not analyse
    assert list((tmp_path / "cache").glob("analyses-ecbplus-claims-train-*"))
    direct = evaluate_claims("ecbplus", "train", tiny_ecbplus, cache_dir=tmp_path / "cache")
    assert direct["storyline"] == out["storyline"]


def test_eval_claims_unknown_dataset_is_one_line(tiny_ecbplus: Path, tmp_path: Path):
    result = cli(tmp_path / "db.sqlite", "eval", "claims", "--dataset", "polnear",
                 "--data-dir", str(tiny_ecbplus))
    assert result.exit_code != 0 and "ecbplus" in result.output
    assert "Traceback" not in result.output
