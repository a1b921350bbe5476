"""The trade-lens story sequence of the example corpus (S9–S13, our own writing): five
stories, and the ledger carries one history per measure across them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline import api
from storyline.config import Settings
from storyline.store import open_store
from storyline.trade import ledger

SEQUENCE = ("s9-", "s10-", "s11-", "s12-", "s13-")


@pytest.fixture(scope="module")
def book(examples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    files = sorted(str(p) for p in examples_dir.glob("s*.txt") if p.name.startswith(SEQUENCE))
    assert len(files) == 15
    path = tmp_path_factory.mktemp("trade-examples") / "sequence.db"
    with open_store(path) as store:
        api.ingest(files, store, Settings(db=str(path), workers=1))
        stories = {s.id: s for s in store.stories()}
        records = [r.to_dict() for r in ledger(store).records]
    return {"stories": stories, "records": records}


def _one(records: list[dict[str, Any]], by: str, instrument: str, on: str | None
         ) -> dict[str, Any]:
    found = [r for r in records if r["imposed_by"] == by and r["instrument"] == instrument
             and (on is None or on in r["affects"])]
    assert len(found) == 1, [r["title"] for r in found]
    return found[0]


def test_the_us_tariffs_have_one_history_over_agreement_extension_and_court(book) -> None:
    assert len(book["stories"]) == 5
    record = _one(book["records"], "United States", "tariff", "South Korea")
    assert len(record["stories"]) == 3
    history = [(e["date"], e["action"]) for e in record["events"]]
    for step in [("2026-03-11", "cut"), ("2026-06-10", "extended"),
                 ("2026-07-06", "ruled unlawful"), ("2026-07-07", "upheld"),
                 ("2026-08-31", "expires"), ("2026-09-12", "expires")]:
        assert step in history, step
    dated = [day for day, _ in history if day]
    assert dated == sorted(dated)
    cut = next(e for e in record["events"] if e["action"] == "cut")
    assert (cut["value"], cut["previous"], cut["effective"]) == ("15%", "25%", "2026-03-16")
    assert record["legal_basis"] == "IEEPA" and record["status"] == "in force"


def test_the_export_control_expansion_and_its_later_suspension_are_one_measure(book) -> None:
    record = _one(book["records"], "South Korea", "export control", None)
    assert len(record["stories"]) == 2
    history = [(e["date"], e["action"]) for e in record["events"]]
    assert history[:3] == [("2026-04-21", "raised"), ("2026-05-01", "takes effect"),
                           ("2026-08-04", "suspended")]
    assert ("2027-02-04", "expires") in history
    assert record["status"] == "suspended"
