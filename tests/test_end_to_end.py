"""End to end: the user's two example articles in, one story and its sourced brief out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline import api
from storyline.config import Settings
from storyline.store import open_store

UNRELATED = """Title: Reservoir levels hit record low as drought grips Catalonia
Outlet: Civic Record
Published: 2025-06-11

BARCELONA — Reservoirs serving Barcelona and its surrounding towns fell to 14 percent of capacity on Monday, the lowest level since records began in 1990, the Catalan water agency said, as the region entered a third year of drought.

Regional officials announced that limits on watering gardens and filling swimming pools would be extended to another 200 municipalities from next week. Farmers in the Ebro valley said irrigation quotas had already been cut by half, and several growers warned that the peach harvest could be lost.

"We are managing a scarcity that none of our infrastructure was designed for," Marta Soler, director of the water agency, told reporters in Barcelona. She said a desalination plant at Tordera would double its output by the end of the year.
"""


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("seeds")
    unrelated = tmp / "drought.txt"
    unrelated.write_text(UNRELATED, encoding="utf-8")
    db = tmp / "seeds.db"
    settings = Settings(db=str(db), workers=1)
    inputs = [str(p) for p in sorted(seeds_dir.glob("*.txt"))] + [str(unrelated)]
    with open_store(db) as store:
        report = api.ingest(inputs, store, settings)
        items = list(store.iter_items())
        by_name = {Path(a.source.split(" ")[0]).name: (a, asg) for a, _, asg in items}
        seed_story = by_name["000_8440e5ba6d29c95a.txt"][1].story_id
        brief = api.story_brief(store, seed_story).to_dict()
    return {"report": report, "by_name": by_name, "brief": brief, "story": seed_story}


def test_both_seed_reports_form_one_story_and_the_unrelated_one_stays_out(seed_run) -> None:
    by_name = seed_run["by_name"]
    assert seed_run["report"].added == 3
    s000 = by_name["000_8440e5ba6d29c95a.txt"][1].story_id
    s002 = by_name["002_88b66fbc70417d55.txt"][1].story_id
    assert s000 == s002
    assert by_name["drought.txt"][1].story_id != s000
    assert len(seed_run["brief"]["story"]["articles"]) == 2


def test_outlet_is_read_from_the_byline_and_boilerplate_is_dropped(seed_run) -> None:
    article = seed_run["by_name"]["002_88b66fbc70417d55.txt"][0]
    assert article.outlet == "Newslooks"
    assert article.outlet_from == "text"
    assert "Register or Login" not in article.text


def _cited_ids(item: dict[str, Any]) -> set[str]:
    return {c["article_id"] for c in item["citations"]}


def test_misspelt_treasury_secretary_is_one_person_with_a_name_conflict(seed_run) -> None:
    brief = seed_run["brief"]
    ids = {name: a.id for name, (a, _) in seed_run["by_name"].items()}
    people = [
        p for p in brief["people"]
        if {"Scott Bessent", "Scott Bassant"} & ({p["name"]} | {v["name"] for v in p.get("variants", [])})
    ]
    assert len(people) == 1, [p["name"] for p in people]
    assert {v["name"] for v in people[0]["variants"]} == {"Scott Bessent", "Scott Bassant"}
    conflicts = [
        d for d in brief["discrepancies"]
        if d["kind"] == "name" and {"Scott Bassant", "Scott Bessent"} <= {v["value"] for v in d["values"]}
    ]
    assert len(conflicts) == 1
    cited = {v["value"]: _cited_ids(v) for v in conflicts[0]["values"]}
    assert ids["000_8440e5ba6d29c95a.txt"] in cited["Scott Bassant"]
    assert ids["002_88b66fbc70417d55.txt"] in cited["Scott Bessent"]


def test_two_wordings_of_one_trump_quote_are_aligned_and_flagged(seed_run) -> None:
    brief = seed_run["brief"]
    trump = [
        q for q in brief["quotes"]
        if "Trump" in (q.get("speaker") or "") and "open" in str(q) and "anything" in str(q)
    ]
    assert len(trump) == 1, trump
    texts = " | ".join(str(v) for v in trump[0]["variants"])
    assert "we may not do anything" in texts
    assert "maybe we won't do anything" in texts or "maybe we won’t do anything" in texts
    flagged = [
        d for d in brief["discrepancies"]
        if d["kind"] == "quote" and "anything" in str(d["values"])
    ]
    assert flagged and len(flagged[0]["values"]) >= 2


def test_on_tuesday_resolves_to_10_june_2025_with_the_year_inferred(seed_run) -> None:
    entries = [t for t in seed_run["brief"]["timeline"] if str(t.get("date", "")).startswith("2025-06-10")]
    assert entries, seed_run["brief"]["timeline"]
    assert any(t.get("inferred") for t in entries)


def test_every_brief_item_cites_a_sentence_of_its_article(seed_run) -> None:
    brief = seed_run["brief"]
    texts = {a.id: a.text for a, _ in seed_run["by_name"].values()}
    keys = ["key_points", "people", "quotes", "figures", "timeline", "discrepancies", "single_source"]
    assert set(keys) | {"story", "coverage", "measures"} <= set(brief)
    for key in keys:
        assert brief[key], f"{key} is empty"
        for item in brief[key]:
            citations = item.get("citations") or [
                c for v in item.get("values", []) for c in v["citations"]
            ]
            assert citations, (key, item)
            for c in citations:
                assert set(c) >= {"article_id", "external_id", "sentence"}
                assert c["sentence"] in texts[c["article_id"]], (key, c)
