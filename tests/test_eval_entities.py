"""The MEANTIME entity evaluator: reading CAT XML, scoring, both systems."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import DatasetError
from storyline.evaluate.entities import EntityDoc, _read_doc, evaluate_entities, score

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Ford</token>
<token number="1" sentence="0" t_id="2">cuts</token>
<token number="2" sentence="0" t_id="3">jobs</token>
<token number="3" sentence="1" t_id="4">Chief</token>
<token number="4" sentence="1" t_id="5">executive</token>
<token number="5" sentence="1" t_id="6">Alan</token>
<token number="6" sentence="1" t_id="7">Mulally</token>
<token number="7" sentence="1" t_id="8">spoke</token>
<token number="8" sentence="2" t_id="9">Unannotated</token>
<token number="9" sentence="2" t_id="10">Detroit</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="6"/><token_anchor t_id="7"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NOM"><token_anchor t_id="3"/></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="ORG" TAG_DESCRIPTOR="Ford"/>
<ENTITY m_id="11" ent_type="PER" TAG_DESCRIPTOR="Alan Mulally"/>
<ENTITY m_id="12" ent_type="PRO" TAG_DESCRIPTOR="jobs"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="3"/><target m_id="12"/></REFERS_TO>
</Relations>
</Document>
"""


@pytest.fixture()
def doc(tmp_path: Path) -> EntityDoc:
    path = tmp_path / "x.xml"
    path.write_text(CAT, encoding="utf-8")
    return _read_doc(path)


def test_reader_rebuilds_text_and_keeps_typed_names_only(doc: EntityDoc):
    assert doc.text.split("\n")[:2] == ["Ford cuts jobs", "Chief executive Alan Mulally spoke"]
    assert [(doc.text[s:e], t) for s, e, t in doc.gold] == [("Ford", "ORG"), ("Alan Mulally", "PER")]
    assert doc.text[: doc.annotated_end].endswith("spoke")


def test_score_counts_exact_and_overlapping_spans_by_type(doc: EntityDoc):
    ford = doc.text.index("Ford")
    alan = doc.text.index("Alan")
    detroit = doc.text.index("Detroit")
    preds = {doc.name: [(ford, ford + 4, "ORG"), (alan, alan + 4, "PER"),
                        (detroit, detroit + 7, "LOC")]}
    result = score([doc], preds)
    assert result["exact"]["per_type"]["ORG"]["f1"] == 100.0
    assert result["exact"]["per_type"]["PER"]["recall"] == 0.0
    assert result["overlap"]["per_type"]["PER"]["recall"] == 100.0
    # "Detroit" lies after the annotated part: not counted against precision.
    assert result["exact"]["per_type"]["LOC"]["predicted"] == 0


def test_missing_dataset_says_what_to_do(tmp_path: Path):
    with pytest.raises(DatasetError, match="--data-dir"):
        evaluate_entities(data_dir=tmp_path)


@pytest.mark.slow
def test_storyline_people_are_at_least_as_good_as_raw_spacy_on_three_documents(data_dir: Path):
    if not (data_dir / "meantime-en").is_dir():
        pytest.skip("MEANTIME is not present")
    result = evaluate_entities(data_dir=data_dir, limit=3)
    ours = result["systems"]["storyline"]["overlap"]["overall_per_org_loc"]["f1"]
    raw = result["systems"]["spacy"]["overlap"]["overall_per_org_loc"]["f1"]
    assert result["documents"] == 3
    assert ours >= raw - 1.0
