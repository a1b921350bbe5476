"""The dev8 part of the ECB+ disagreement annotations (issue 11, engineer A8): a fresh
held-out check, annotated from the documents alone before the system was run on it."""

from __future__ import annotations

import json

from storyline.evaluate.discrepancies import ANNOTATIONS, load_annotations

KINDS_USED = {"name", "figure", "date", "quote", "detail"}


def test_dev8_uses_unused_train_and_dev_topics_only():
    data = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    parts = data["parts"]
    assert parts["dev8"] == ["9ecbplus", "34ecbplus", "27ecbplus", "5ecbplus"]
    others = {s for k, v in parts.items() if k != "dev8" for s in v}
    assert not set(parts["dev8"]) & others
    assert all(int(s.split("ecb")[0]) < 36 for s in parts["dev8"])  # never test topics
    assert "dev8" in data["about"] and "A8" in data["about"]


def test_dev8_items_name_two_values_of_their_own_subtopic():
    parts, items = load_annotations()
    mine = [d for d in items if d.subtopic in parts["dev8"]]
    assert len(mine) == 17 and {d.kind for d in mine} == KINDS_USED
    for d in mine:
        assert len(d.values) >= 2 and d.about
        docs = [doc for ds in d.values.values() for doc in ds]
        assert len(docs) == len(set(docs))  # one value per document
        assert all(doc.startswith(d.subtopic.split("ecb")[0] + "_") for doc in docs)
        assert all(doc.endswith("ecbplus") for doc in docs)
