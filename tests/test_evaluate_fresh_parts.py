"""The fresh parts of the ECB+ disagreement annotations annotated in the seventh, eighth and
sixteenth sessions (issue 11, engineers A10 to A17): dev10 to dev17, each annotated from the documents
alone before the system was run on it, its first run the held-out score of the rules of
that time. One table, the same checks for each part."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from storyline.evaluate.discrepancies import ANNOTATIONS, load_annotations, subtopics_of


@dataclass(frozen=True)
class Fresh:
    subtopics: list[str]
    annotator: str
    items: int
    kinds: frozenset[str]
    topics: frozenset[int]  # ECB+ train or val topics (train_val_test_split.json)
    other_event: frozenset[str] = field(default_factory=frozenset)  # left out: another event


PARTS = {
    "dev10": Fresh(["29ecbplus", "3ecb", "1ecbplus"], "A10", 19,
                   frozenset({"figure", "date", "time", "place", "quote", "detail"}),
                   frozenset({1, 3, 29}),
                   frozenset({"1_1ecbplus", "1_3ecbplus", "1_20ecbplus"})),  # the later move
    "dev11": Fresh(["6ecb", "2ecb", "10ecb", "7ecb"], "A11", 12,
                   frozenset({"name", "figure", "date", "time", "quote", "detail"}),
                   frozenset({2, 6, 7, 10})),
    "dev12": Fresh(["8ecb", "14ecb", "4ecb", "16ecb"], "A12", 23,
                   frozenset({"name", "figure", "date", "time", "quote", "detail"}),
                   frozenset({4, 8, 14, 16})),
    "dev13": Fresh(["5ecb", "9ecb", "20ecb", "22ecb", "33ecb"], "A13", 27,
                   frozenset({"name", "title", "figure", "date", "place", "quote", "detail"}),
                   frozenset({5, 9, 20, 22, 33}),
                   frozenset({"20_5ecb"})),  # the next day's second quake
    "dev14": Fresh(["11ecb", "32ecb", "29ecb", "26ecb"], "A14", 20,
                   frozenset({"name", "figure", "place", "quote", "detail"}),
                   frozenset({11, 26, 29, 32})),
    "dev15": Fresh(["19ecb", "28ecb", "30ecb", "24ecb"], "A15", 24,
                   frozenset({"name", "title", "figure", "date", "place", "quote", "detail"}),
                   frozenset({19, 24, 28, 30})),
    "dev16": Fresh(["1ecb", "13ecb", "25ecb", "12ecb"], "A16", 31,
                   frozenset({"name", "title", "figure", "date", "time", "place", "quote",
                              "detail"}),
                   frozenset({1, 12, 13, 25})),
    "dev17": Fresh(["27ecb", "31ecb", "18ecb", "34ecb"], "A17", 27,
                   frozenset({"name", "title", "figure", "date", "time", "quote", "detail"}),
                   frozenset({18, 27, 31, 34})),
}


def _topic(subtopic: str) -> int:
    return int(subtopic.split("ecb")[0])


def _docs(values: dict[str, list[str]]) -> list[str]:
    return [doc for ds in values.values() for doc in ds]


@pytest.mark.parametrize("name", sorted(PARTS))
def test_a_fresh_part_uses_subtopics_no_other_part_used(name):
    part = PARTS[name]
    data = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    parts = data["parts"]
    assert parts[name] == part.subtopics
    others = {s for k, v in parts.items() if k != name for s in v}
    assert not set(part.subtopics) & others  # no subtopic another part has looked at
    assert {_topic(s) for s in part.subtopics} == part.topics
    assert not part.topics & {_topic(s) for s in parts["test"]}
    assert all(t < 36 for t in part.topics)  # ECB+ test topics stay unannotated
    assert name in data["about"] and part.annotator in data["about"]
    names = list(parts)
    previous = f"dev{int(name.removeprefix('dev')) - 1}"
    assert names.index(name) == names.index(previous) + 1  # appended after the earlier parts


@pytest.mark.parametrize("name", sorted(PARTS))
def test_a_fresh_parts_items_name_two_values_of_their_own_subtopic(name):
    part = PARTS[name]
    parts, items = load_annotations()
    assert subtopics_of(parts, name) == part.subtopics
    mine = [d for d in items if d.subtopic in parts[name]]
    assert len(mine) == part.items and {d.kind for d in mine} == part.kinds
    assert {d.subtopic for d in mine} == set(part.subtopics)  # each subtopic has an item
    for d in mine:
        assert len(d.values) >= 2 and d.about
        assert len({v.casefold() for v in d.values}) == len(d.values)  # values differ
        docs = _docs(d.values)
        assert len(docs) == len(set(docs))  # one value per document
        topic, suffix = d.subtopic.split("ecb", 1)
        assert all(doc.startswith(topic + "_") for doc in docs)
        # the subtopic's own documents: "6_3ecb", never its ECB+ sibling "6_3ecbplus"
        assert all(doc.split("_", 1)[1].lstrip("0123456789") == "ecb" + suffix for doc in docs)
        assert not set(docs) & part.other_event  # documents of another event have no item


@pytest.mark.parametrize("name", sorted(PARTS))
def test_a_fresh_parts_items_follow_the_earlier_parts_items_in_one_block(name):
    parts, items = load_annotations()
    names = list(parts)
    earlier = {s for k in names[: names.index(name)] for s in parts[k]}
    mine = [i for i, d in enumerate(items) if d.subtopic in parts[name]]
    assert mine == list(range(mine[0], mine[0] + len(mine)))
    assert all(i < mine[0] for i, d in enumerate(items) if d.subtopic in earlier)


@pytest.mark.parametrize("name", sorted(PARTS))
def test_a_fresh_parts_documents_exist_in_ecbplus(name, data_dir: Path):
    part = PARTS[name]
    split = json.loads((data_dir / "ecbplus" / "train_val_test_split.json").read_text())
    assert part.topics <= set(split["train"]) | set(split["val"])
    assert not part.topics & set(split["test"])
    _, items = load_annotations()
    for d in items:
        if d.subtopic not in part.subtopics:
            continue
        topic = d.subtopic.split("ecb")[0]
        for doc in _docs(d.values):
            assert (data_dir / "ecbplus" / "docs" / topic / f"{doc}.xml").is_file(), doc


def test_every_train_and_dev_subtopic_is_annotated_and_the_audit_says_so(data_dir: Path):
    from storyline.evaluate.discrepancies import audit_discrepancies, audit_subtopics

    assert audit_subtopics(data_dir) == []
    out = audit_discrepancies("ecbplus", data_dir)
    assert out["reported"] == 0 and "annotated part" in out["note"]
