"""The helpers every evaluation shares: one CAT XML reader, one precision/recall score."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import DatasetError
from storyline.evaluate.catxml import join_tokens, read_cat
from storyline.evaluate.scoring import prf

CAT = """<?xml version="1.0" encoding="UTF-8"?>
<Document doc_name="harbour.xml">
<token t_id="1" sentence="0" number="0">Dredging</token>
<token t_id="2" sentence="0" number="1">approved</token>
<token t_id="3" sentence="1" number="2">The</token>
<token t_id="4" sentence="1" number="3">council</token>
<token t_id="5" sentence="1" number="4">voted</token>
<token t_id="6" sentence="1" number="5">on</token>
<token t_id="7" sentence="1" number="6">Tuesday</token>
<token t_id="8" sentence="1" number="7">,</token>
<token t_id="9" sentence="1" number="8">Ines &amp; Rui</token>
<Markables>
<TIMEX3 m_id="20" type="DATE" value="2026-02-17"><token_anchor t_id="7"/></TIMEX3>
<TIMEX3 m_id="21" type="DATE" value="2026-02-18" functionInDocument="CREATION_TIME"/>
</Markables>
</Document>
"""


def test_cat_tokens_become_text_with_offsets(tmp_path: Path) -> None:
    path = tmp_path / "harbour.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = read_cat(path)
    assert [len(s) for s in doc.sentences()] == [2, 7]
    plain, _ = join_tokens(doc.tokens)
    assert plain == "Dredging approved\nThe council voted on Tuesday , Ines & Rui"
    text, offsets = join_tokens(doc.tokens, no_space_before={","})
    assert text.endswith("on Tuesday, Ines & Rui")
    (timex, _) = list(doc.root.iter("TIMEX3"))
    start, end = offsets[doc.anchors(timex)[0]]
    assert text[start:end] == "Tuesday"


def test_a_file_that_is_not_cat_xml_is_a_dataset_error_naming_it(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<Document><token t_id='1'>half", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"broken\.xml"):
        read_cat(broken)
    empty = tmp_path / "empty.xml"
    empty.write_text("<Document></Document>", encoding="utf-8")
    with pytest.raises(DatasetError, match="no <token> elements"):
        read_cat(empty)


def test_precision_recall_f1_in_percent() -> None:
    assert prf(3, 4, 6) == {"precision": 75.0, "recall": 50.0, "f1": 60.0}
    assert prf(1, 3, 3, digits=2) == {"precision": 33.33, "recall": 33.33, "f1": 33.33}
    assert prf(0, 0, 5) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert prf(0, 4, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
