"""The dev11 part of the ECB+ disagreement annotations (issue 11, engineer A11): a fourth fresh
held-out check, annotated from the documents alone before the system was run on it."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.evaluate.discrepancies import ANNOTATIONS, load_annotations, subtopics_of

DEV11 = ["6ecb", "2ecb", "10ecb", "7ecb"]
KINDS_USED = {"name", "figure", "date", "time", "quote", "detail"}
TRAIN_TOPICS = {6, 7, 10}  # ECB+ train_val_test_split.json
DEV_TOPICS = {2}  # ECB+ "val" topic


def _topic(subtopic: str) -> int:
    return int(subtopic.split("ecb")[0])


def _docs(values: dict[str, list[str]]) -> list[str]:
    return [doc for ds in values.values() for doc in ds]


def test_dev11_uses_unused_train_and_dev_subtopics_only():
    data = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    parts = data["parts"]
    assert parts["dev11"] == DEV11
    others = {s for k, v in parts.items() if k != "dev11" for s in v}
    assert not set(DEV11) & others  # no subtopic another part has looked at
    assert {_topic(s) for s in DEV11} == TRAIN_TOPICS | DEV_TOPICS
    assert not {_topic(s) for s in DEV11} & {_topic(s) for s in parts["test"]}
    assert all(_topic(s) < 36 for s in DEV11)  # ECB+ test topics stay unannotated
    assert "dev11" in data["about"] and "A11" in data["about"]
    names = list(parts)
    assert names.index("dev11") == names.index("dev10") + 1  # appended after the earlier parts


def test_dev11_items_name_two_values_of_their_own_subtopic():
    parts, items = load_annotations()
    assert subtopics_of(parts, "dev11") == DEV11
    mine = [d for d in items if d.subtopic in parts["dev11"]]
    assert len(mine) == 12 and {d.kind for d in mine} == KINDS_USED
    assert {d.subtopic for d in mine} == set(DEV11)  # every subtopic has at least one item
    for d in mine:
        assert len(d.values) >= 2 and d.about
        assert len({v.casefold() for v in d.values}) == len(d.values)  # values differ
        docs = _docs(d.values)
        assert len(docs) == len(set(docs))  # one value per document
        topic, suffix = d.subtopic.split("ecb", 1)
        assert all(doc.startswith(topic + "_") for doc in docs)
        # the subtopic's own documents: "6_3ecb", never its ECB+ sibling "6_3ecbplus"
        assert all(doc.split("_", 1)[1].lstrip("0123456789") == "ecb" + suffix for doc in docs)


def test_dev11_items_were_appended_after_the_earlier_parts():
    parts, items = load_annotations()
    mine = [i for i, d in enumerate(items) if d.subtopic in parts["dev11"]]
    earlier = {s for k in list(parts)[: list(parts).index("dev11")] for s in parts[k]}
    assert mine == list(range(mine[0], mine[0] + len(mine)))  # one block
    assert all(i < mine[0] for i, d in enumerate(items) if d.subtopic in earlier)


def test_dev11_documents_exist_in_ecbplus(data_dir: Path):
    split = json.loads((data_dir / "ecbplus" / "train_val_test_split.json").read_text())
    assert set(split["train"]) >= TRAIN_TOPICS and set(split["val"]) >= DEV_TOPICS
    assert not {_topic(s) for s in DEV11} & set(split["test"])
    _, items = load_annotations()
    for d in items:
        if d.subtopic not in DEV11:
            continue
        topic = d.subtopic.split("ecb")[0]
        for doc in _docs(d.values):
            assert (data_dir / "ecbplus" / "docs" / topic / f"{doc}.xml").is_file(), doc
