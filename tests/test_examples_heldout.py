"""Quality gate on the held-out part of the example corpus (storyline/examples/heldout).

Those stories were written without reading the reconcile rules and are never tuned on, so
the floors below are what the pipeline does on text it has not seen. Floors are the counts
measured when the gate was set, less a tolerance of one where the result leans on what the
NLP stage extracts: raise them when the pipeline improves, lower them only with a reason
(and never by tuning on these stories: that would make them training data).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.evaluate.examples import KINDS, evaluate_examples, read_part

pytestmark = pytest.mark.slow

# Measured 2026-12-04 (`storyline eval examples --part heldout`): 3 of 4 stories kept whole
# and apart (the Upland Chronicle's headerless fare-cap article gets the wrong year from
# "March 4 ... on Monday"), name 4/4, figure 3/6, quote 3/4, date 0/4, claim 11/11.
MEASURED = {"name": 4, "figure": 3, "quote": 3, "date": 0, "claim": 11}
TOLERANCE = {"figure": 1, "quote": 1}
FLOORS = {k: v - TOLERANCE.get(k, 0) for k, v in MEASURED.items()}
STORIES_KEPT = 3
MAX_UNMATCHED = 2  # discrepancies that match nothing planted


@pytest.fixture(scope="module")
def result(examples_dir: Path) -> dict[str, Any]:
    return evaluate_examples(examples_dir, "heldout")


def test_the_heldout_part_is_new_writing_by_new_outlets(examples_dir: Path) -> None:
    expected, articles = read_part(examples_dir, "heldout")
    _, training = read_part(examples_dir, "training")
    assert len(articles) >= 12 and len(expected) >= 4
    assert not {a.outlet for a in articles} & {a.outlet for a in training}
    assert {p.kind for s in expected for p in s.planted} == set(KINDS)
    assert all(len(s.articles) >= 3 for s in expected)


def test_heldout_stories_are_kept_whole_and_apart(result: dict[str, Any]) -> None:
    assert result["stories"]["kept_whole_and_apart"] >= STORIES_KEPT, result["stories"]


def test_heldout_planted_disagreements_are_found_at_or_above_the_floors(
    result: dict[str, Any],
) -> None:
    found = {k: v["found"] for k, v in result["planted"].items()}
    for kind, floor in FLOORS.items():
        assert found[kind] >= floor, f"{kind}: {found[kind]} found, floor {floor}; {result['missing']}"
    assert result["unmatched"] <= MAX_UNMATCHED, result
