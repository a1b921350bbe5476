"""The dev12 part of the ECB+ disagreement annotations (issue 11, engineer A12): a fifth fresh
held-out check, annotated from the documents alone before the system was run on it."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.evaluate.discrepancies import ANNOTATIONS, load_annotations, subtopics_of

DEV12 = ["8ecb", "14ecb", "4ecb", "16ecb"]
KINDS_USED = {"name", "figure", "date", "time", "quote", "detail"}
TRAIN_TOPICS = {8, 14, 4, 16}  # ECB+ train_val_test_split.json


def _topic(subtopic: str) -> int:
    return int(subtopic.split("ecb")[0])


def _docs(values: dict[str, list[str]]) -> list[str]:
    return [doc for ds in values.values() for doc in ds]


def test_dev12_uses_unused_train_subtopics_only():
    data = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    parts = data["parts"]
    assert parts["dev12"] == DEV12
    others = {s for k, v in parts.items() if k != "dev12" for s in v}
    assert not set(DEV12) & others  # no subtopic another part has looked at
    assert {_topic(s) for s in DEV12} == TRAIN_TOPICS
    assert not {_topic(s) for s in DEV12} & {_topic(s) for s in parts["test"]}
    assert all(_topic(s) < 36 for s in DEV12)  # ECB+ test topics stay unannotated
    assert "dev12" in data["about"] and "A12" in data["about"]
    names = list(parts)
    assert names.index("dev12") == names.index("dev11") + 1  # appended after the earlier parts


def test_dev12_items_name_two_values_of_their_own_subtopic():
    parts, items = load_annotations()
    assert subtopics_of(parts, "dev12") == DEV12
    mine = [d for d in items if d.subtopic in parts["dev12"]]
    assert len(mine) == 23 and {d.kind for d in mine} == KINDS_USED
    assert {d.subtopic for d in mine} == set(DEV12)  # every subtopic has at least one item
    for d in mine:
        assert len(d.values) >= 2 and d.about
        assert len({v.casefold() for v in d.values}) == len(d.values)  # values differ
        docs = _docs(d.values)
        assert len(docs) == len(set(docs))  # one value per document
        topic, suffix = d.subtopic.split("ecb", 1)
        assert all(doc.startswith(topic + "_") for doc in docs)
        # the subtopic's own documents: "8_3ecb", never its ECB+ sibling "8_3ecbplus"
        assert all(doc.split("_", 1)[1].lstrip("0123456789") == "ecb" + suffix for doc in docs)


def test_dev12_items_follow_the_earlier_parts_items_in_one_block():
    parts, items = load_annotations()
    names = list(parts)
    earlier = {s for k in names[: names.index("dev12")] for s in parts[k]}
    mine = [i for i, d in enumerate(items) if d.subtopic in parts["dev12"]]
    assert mine == list(range(mine[0], mine[0] + len(mine)))
    assert all(i < mine[0] for i, d in enumerate(items) if d.subtopic in earlier)


def test_dev12_documents_exist_in_ecbplus(data_dir: Path):
    split = json.loads((data_dir / "ecbplus" / "train_val_test_split.json").read_text())
    assert set(split["train"]) >= TRAIN_TOPICS
    assert not {_topic(s) for s in DEV12} & set(split["test"])
    _, items = load_annotations()
    for d in items:
        if d.subtopic not in DEV12:
            continue
        topic = d.subtopic.split("ecb")[0]
        for doc in _docs(d.values):
            assert (data_dir / "ecbplus" / "docs" / topic / f"{doc}.xml").is_file(), doc
