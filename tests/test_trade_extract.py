"""Trade-measure mentions from analysed articles: our own sentences, analysed once by the
real NLP stage (dates come from its time resolution, not re-parsed)."""

from __future__ import annotations

import pytest

from storyline.nlp import analyze_many
from storyline.records import Analysis, Article
from storyline.trade.evaluation import EVALSET, load_evalset
from storyline.trade.extract import extract_mentions

TEXTS = {
    "cut": ("2026-03-02", "The European Commission cut its countervailing duties on "
            "battery-electric cars from China from 25% to 10%, effective March 5."),
    "metonym": ("2026-04-05", "Beijing imposed export controls on gallium and germanium "
                "on Friday."),
    "mutual": ("2026-05-13", "Officials of the United States and China met in Geneva this "
               "week.\nThe two sides agreed to suspend tariffs on each other's goods for 90 "
               "days starting May 14."),
    "tentative": ("2026-06-12", "Washington is prepared to roll back some chip export "
                  "restrictions once Beijing resumes rare-earth shipments."),
    "threat": ("2026-07-10", "The president threatened a 50% tariff on all imports from "
               "Brazil starting August 1."),
    "court": ("2026-05-29", "A federal trade court ruled on Wednesday that the tariffs "
              "imposed under the International Emergency Economic Powers Act were unlawful."),
    "venue": ("2026-06-02", "Talks in Washington ended on Monday.\nStock markets in Asia rose "
              "on Tuesday."),
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    articles = [Article(text=text, published=day, published_from="metadata", external_id=key)
                for key, (day, text) in TEXTS.items()]
    return {a.external_id or "": n for a, n in zip(articles, analyze_many(articles),
                                                    strict=True)}


def test_a_cut_with_previous_rate_effective_date_and_mast_chapter(analyses) -> None:
    (m,) = extract_mentions(analyses["cut"])
    assert (m.imposed_by, m.affects, m.instrument, m.action) == (
        "European Union", ["China"], "tariff", "cut")
    assert (m.value, m.previous, m.effective, m.mast) == ("10%", "25%", "2026-03-05", "D")
    assert "battery-electric cars" in m.products


def test_a_capital_stands_for_its_government_and_dates_are_resolved(analyses) -> None:
    (m,) = extract_mentions(analyses["metonym"])
    assert (m.imposed_by, m.instrument, m.action, m.date) == (
        "China", "export control", "imposed", "2026-04-03")
    assert {"gallium", "germanium"} <= {p.lower() for p in m.products} | {
        w for p in m.products for w in p.lower().split()}


def test_a_mutual_measure_gives_one_mention_each_way_with_its_deadline(analyses) -> None:
    mentions = extract_mentions(analyses["mutual"])
    assert {(m.imposed_by, tuple(m.affects)) for m in mentions} == {
        ("United States", ("China",)), ("China", ("United States",))}
    assert all(m.action == "suspended" and m.effective == "2026-05-14"
               and m.until == "2026-08-12" for m in mentions)


def test_a_conditional_roll_back_is_marked_tentative(analyses) -> None:
    (m,) = extract_mentions(analyses["tentative"])
    assert (m.imposed_by, m.instrument, m.action, m.tentative) == (
        "United States", "export control", "revoked", True)


def test_a_threat_and_a_court_ruling(analyses) -> None:
    (threat,) = extract_mentions(analyses["threat"])
    assert (threat.action, threat.value, threat.affects, threat.effective) == (
        "threatened", "50%", ["Brazil"], "2026-08-01")
    (ruling,) = extract_mentions(analyses["court"])
    assert (ruling.action, ruling.date, ruling.legal_basis, ruling.imposed_by) == (
        "ruled unlawful", "2026-05-27", "IEEPA", "United States")


def test_sentences_without_a_measure_give_nothing(analyses) -> None:
    assert extract_mentions(analyses["venue"]) == []


def test_the_evaluation_set_is_large_enough_and_split_before_tuning() -> None:
    items = load_evalset(EVALSET)
    assert len(items) >= 150
    parts = {i.split for i in items}
    assert parts == {"dev", "test"}
    for label in {i.label for i in items if i.label != "none"}:  # whole records on one side
        assert len({i.split for i in items if i.label == label}) == 1
