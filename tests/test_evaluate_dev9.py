"""The dev9 part of the ECB+ disagreement annotations (issue 11, engineer A9): a second fresh
held-out check, annotated from the documents alone before the system was run on it."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.evaluate.discrepancies import ANNOTATIONS, load_annotations, subtopics_of

DEV9 = ["6ecbplus", "7ecbplus", "25ecbplus", "31ecbplus"]
KINDS_USED = {"figure", "date", "time", "quote", "detail"}


def test_dev9_uses_unused_train_topics_only():
    data = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    parts = data["parts"]
    assert parts["dev9"] == DEV9
    others = {s for k, v in parts.items() if k != "dev9" for s in v}
    assert not set(DEV9) & others
    topics = {int(s.split("ecb")[0]) for s in DEV9}
    earlier = list(parts)[: list(parts).index("dev9")]  # parts annotated before dev9
    used_topics = {int(s.split("ecb")[0]) for k in earlier for s in parts[k]}
    assert not topics & used_topics  # whole topics no earlier part had looked at
    assert all(t < 36 for t in topics)  # never test topics
    assert "dev9" in data["about"] and "A9" in data["about"]


def test_dev9_items_name_two_values_of_their_own_subtopic():
    parts, items = load_annotations()
    assert subtopics_of(parts, "dev9") == DEV9
    mine = [d for d in items if d.subtopic in parts["dev9"]]
    assert len(mine) == 15 and {d.kind for d in mine} == KINDS_USED
    assert {d.subtopic for d in mine} == set(DEV9)  # every subtopic has at least one item
    for d in mine:
        assert len(d.values) >= 2 and d.about
        assert len({v.casefold() for v in d.values}) == len(d.values)  # values differ
        docs = [doc for ds in d.values.values() for doc in ds]
        assert len(docs) == len(set(docs))  # one value per document
        assert all(doc.startswith(d.subtopic.split("ecb")[0] + "_") for doc in docs)
        assert all(doc.endswith("ecbplus") for doc in docs)


def test_dev9_documents_exist_in_ecbplus(data_dir: Path):
    _, items = load_annotations()
    for d in items:
        if d.subtopic not in DEV9:
            continue
        topic = d.subtopic.split("ecb")[0]
        for doc in (doc for ds in d.values.values() for doc in ds):
            assert (data_dir / "ecbplus" / "docs" / topic / f"{doc}.xml").is_file(), doc
