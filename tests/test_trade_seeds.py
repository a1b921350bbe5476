"""The user's two example articles (../shared/seeds; skipped when absent): the trade
measures EXPECTED.md lists come out of the ledger as events with citations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline import api
from storyline.config import Settings
from storyline.store import open_store
from storyline.trade import ledger


@pytest.fixture(scope="module")
def records(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    path = tmp_path_factory.mktemp("trade-seeds") / "seeds.db"
    with open_store(path) as store:
        api.ingest([str(seeds_dir / "000_8440e5ba6d29c95a.txt"),
                    str(seeds_dir / "002_88b66fbc70417d55.txt")], store,
                   Settings(db=str(path), workers=1))
        book = ledger(store)
        return [book.full(r) for r in book.records]


def _events(records: list[dict[str, Any]], by: str, instrument: str
            ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(r, e) for r in records if r["imposed_by"] == by and r["instrument"] == instrument
            for e in r["events"]]


def test_chinas_april_rare_earth_export_restrictions(records) -> None:
    found = [e for r, e in _events(records, "China", "export control")
             if any("rare earth" in p.lower() for p in r["products"])
             and e["detail"]["period"] == "2025-04"]
    assert found and found[0]["action"] == "imposed"
    assert "imposed in April" in found[0]["citations"][0]["sentence"]


def test_the_mutual_suspension_of_tariffs_above_100_percent(records) -> None:
    for by, on in (("United States", "China"), ("China", "United States")):
        found = [e for r, e in _events(records, by, "tariff")
                 if on in r["affects"] and e["action"] == "suspended"]
        assert found, (by, on)
        assert "100%" in (found[0]["value"] or "")
        assert "90 days" in found[0]["citations"][0]["sentence"]


def test_lutnicks_conditional_roll_back_of_export_enforcement(records) -> None:
    found = [e for r, e in _events(records, "United States", "export control")
             if e["action"] in ("revoked", "cut") and e["detail"]["tentative"]
             and any("roll back" in c["sentence"] for c in e["citations"])]
    assert found
    assert all(c["article_id"] for c in found[0]["citations"])
