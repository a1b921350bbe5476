"""The time-expression evaluation: corpus readers, the TempEval-3 scorer, and a small run."""

from __future__ import annotations

import json

import pytest

from storyline.errors import DatasetError
from storyline.evaluate.timex import Timex, evaluate_time, read_meantime, read_tml, score


def test_scorer_on_a_hand_built_example():
    gold = [
        Timex(0, 10, "DATE", "2025-06-10"),
        Timex(20, 27, "DURATION", "P90D"),
        Timex(40, 45, "DATE", "2025"),
        Timex(60, 70, "DATE", "2025-05"),
    ]
    system = [
        Timex(0, 10, "DATE", "2025-06-10"),  # exact span, right value
        Timex(17, 27, "DURATION", "P90D"),  # overlapping span, right value
        Timex(60, 64, "TIME", "2024-05"),  # overlapping span, wrong type and value
        Timex(80, 85, "DATE", "2020"),  # spurious
    ]
    s = score([(gold, system)])
    assert (s["gold"], s["system"]) == (4, 4)
    assert s["strict"] == {"precision": 25.0, "recall": 25.0, "f1": 25.0}
    assert s["relaxed"] == {"precision": 75.0, "recall": 75.0, "f1": 75.0}
    # value F1 = value accuracy over aligned pairs (2 of 3) x relaxed F1
    assert s["value"]["accuracy"] == pytest.approx(66.67, abs=0.01)
    assert s["value"]["f1"] == pytest.approx(50.0, abs=0.01)
    assert s["type"]["f1"] == pytest.approx(50.0, abs=0.01)


def test_scorer_aligns_one_to_one():
    gold = [Timex(0, 20, "DATE", "2025-06")]
    system = [Timex(0, 5, "DATE", "2025-06"), Timex(6, 20, "DATE", "2025-06")]
    s = score([(gold, system)])
    assert s["relaxed"]["precision"] == 50.0 and s["relaxed"]["recall"] == 100.0


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>demo</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-06-11" functionInDocument="CREATION_TIME">June 11, 2025</TIMEX3></DCT>
<TEXT>
Ministers met <TIMEX3 tid="t1" type="DATE" value="2025-06-10">on Tuesday</TIMEX3> &amp; agreed a
<TIMEX3 tid="t2" type="DURATION" value="P90D">90-day</TIMEX3> <EVENT eid="e1">pause</EVENT>.
</TEXT>
</TimeML>
"""


def test_timeml_reader_strips_tags_and_keeps_offsets(tmp_path):
    path = tmp_path / "demo.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct.isoformat() == "2025-06-11"
    assert "&" in doc.text and "<" not in doc.text
    assert [(doc.text[t.start : t.end], t.type, t.value) for t in doc.gold] == [
        ("on Tuesday", "DATE", "2025-06-10"),
        ("90-day", "DURATION", "P90D"),
    ]


CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="demo">
<token number="0" sentence="0" t_id="1">Talks</token>
<token number="1" sentence="0" t_id="2">resume</token>
<token number="2" sentence="1" t_id="3">June</token>
<token number="3" sentence="1" t_id="4">11</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2025</token>
<token number="6" sentence="2" t_id="7">They</token>
<token number="7" sentence="2" t_id="8">met</token>
<token number="8" sentence="2" t_id="9">yesterday</token>
<token number="9" sentence="2" t_id="10">.</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2025-06-11" functionInDocument="CREATION_TIME">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2025-06-10" functionInDocument="NONE">
<token_anchor t_id="9"/>
</TIMEX3>
<TIMEX3 m_id="3" type="DATE" value="2026" functionInDocument="NONE" TAG_DESCRIPTOR="x"/>
</Markables>
</Document>
"""


def test_meantime_reader_joins_tokens_and_reads_the_dct(tmp_path):
    path = tmp_path / "demo.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = read_meantime(path)
    assert doc.text == "Talks resume\nJune 11, 2025\nThey met yesterday."
    assert doc.dct.isoformat() == "2025-06-11"
    assert [doc.text[t.start : t.end] for t in doc.gold] == ["June 11, 2025", "yesterday"]


def test_unknown_dataset_or_split_is_a_dataset_error(tmp_path):
    with pytest.raises(DatasetError, match="unknown time dataset"):
        evaluate_time("timebank9", "train", tmp_path, baseline=False)
    with pytest.raises(DatasetError, match="unknown split"):
        evaluate_time("tempeval3", "dev", tmp_path, baseline=False)
    with pytest.raises(DatasetError, match="no tempeval3 files"):
        evaluate_time("tempeval3", "train", tmp_path, baseline=False)


def test_tempeval3_train_documents_score_and_write_predictions(data_dir, tmp_path):
    if not (data_dir / "tempeval3").is_dir():
        pytest.skip("TempEval-3 data not present")
    out = tmp_path / "pred.jsonl"
    result = evaluate_time("tempeval3", "train", data_dir, out, baseline=False, limit=3)
    assert result["documents"] == 3
    ours = result["storyline"]
    assert ours["gold"] > 0 and ours["relaxed"]["f1"] > 60 and ours["value"]["f1"] > 40
    assert "HeidelTime-t value F1 (TempEval-3 platinum)" in result["references"]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == ours["system"]
    assert set(rows[0]) == {"doc", "start", "end", "value", "type"}
    assert all(r["end"] > r["start"] for r in rows)


def test_meantime_documents_score(data_dir):
    if not (data_dir / "meantime-en").is_dir():
        pytest.skip("MEANTIME data not present")
    result = evaluate_time("meantime", "all", data_dir, baseline=False, limit=2)
    assert result["documents"] == 2 and result["storyline"]["relaxed"]["f1"] > 50


@pytest.mark.slow
def test_baseline_runs_in_the_same_pass(data_dir):
    if not (data_dir / "tempeval3").is_dir():
        pytest.skip("TempEval-3 data not present")
    result = evaluate_time("tempeval3", "train", data_dir, limit=2)
    assert result["baseline"]["name"].startswith("spaCy")
    assert result["baseline"]["gold"] == result["storyline"]["gold"]
