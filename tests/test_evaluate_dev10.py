"""The dev10 part of the ECB+ disagreement annotations (issue 11, engineer A10): a third fresh
held-out check, annotated from the documents alone before the system was run on it."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.evaluate.discrepancies import ANNOTATIONS, load_annotations, subtopics_of

DEV10 = ["29ecbplus", "3ecb", "1ecbplus"]
KINDS_USED = {"figure", "date", "time", "place", "quote", "detail"}
OTHER_EVENT = {"1_1ecbplus", "1_3ecbplus", "1_20ecbplus"}  # Lohan's later move to Malibu
TRAIN_TOPICS = {1, 3, 29}  # ECB+ train_val_test_split.json: all three are train topics


def _topic(subtopic: str) -> int:
    return int(subtopic.split("ecb")[0])


def test_dev10_uses_unused_train_subtopics_only():
    data = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    parts = data["parts"]
    assert parts["dev10"] == DEV10
    others = {s for k, v in parts.items() if k != "dev10" for s in v}
    assert not set(DEV10) & others  # no subtopic another part has looked at
    assert {_topic(s) for s in DEV10} == TRAIN_TOPICS
    assert not {_topic(s) for s in DEV10} & {_topic(s) for s in parts["test"]}
    assert "dev10" in data["about"] and "A10" in data["about"]


def test_dev10_items_name_two_values_of_their_own_subtopic():
    parts, items = load_annotations()
    assert subtopics_of(parts, "dev10") == DEV10
    mine = [d for d in items if d.subtopic in parts["dev10"]]
    assert len(mine) == 19 and {d.kind for d in mine} == KINDS_USED
    assert {d.subtopic for d in mine} == set(DEV10)  # every subtopic has at least one item
    for d in mine:
        assert len(d.values) >= 2 and d.about
        assert len({v.casefold() for v in d.values}) == len(d.values)  # values differ
        docs = [doc for ds in d.values.values() for doc in ds]
        assert len(docs) == len(set(docs))  # one value per document
        topic, suffix = d.subtopic.split("ecb", 1)
        assert all(doc.startswith(topic + "_") for doc in docs)
        assert all(doc.split("_", 1)[1].lstrip("0123456789") == "ecb" + suffix for doc in docs)
        assert not set(docs) & OTHER_EVENT  # documents about another event have no item


def test_dev10_documents_exist_in_ecbplus(data_dir: Path):
    split = json.loads((data_dir / "ecbplus" / "train_val_test_split.json").read_text())
    assert set(split["train"]) >= TRAIN_TOPICS
    _, items = load_annotations()
    for d in items:
        if d.subtopic not in DEV10:
            continue
        topic = d.subtopic.split("ecb")[0]
        for doc in (doc for ds in d.values.values() for doc in ds):
            assert (data_dir / "ecbplus" / "docs" / topic / f"{doc}.xml").is_file(), doc
