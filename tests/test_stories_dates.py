"""Same-topic events months apart, in articles without a publication date: the dates the
texts state and their series numbers keep them apart (online and in repair), while two
reports of one event stating the same date still join. Articles written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.nlp import analyze_many
from storyline.records import Analysis, Article
from storyline.stories import ClusterOptions, StoryIndex
from storyline.stories.evidence import date_gap, gap_matrix, labels, labels_conflict, stated_dates

SEPTEMBER = [
    ("Fed cuts interest rates by a quarter point",
     "Atlas Newswire",
     "WASHINGTON - The Federal Reserve cut its benchmark interest rate by a quarter of a "
     "percentage point on September 17, 2025, lowering the federal funds target range to "
     "4% to 4.25%. Fed Chair Jerome Powell said the labour market had softened and that "
     "the committee would watch inflation closely. Stocks on Wall Street rose after the "
     "decision, and Treasury yields fell."),
    ("Federal Reserve lowers rates, Powell points to weaker hiring",
     "Harbour Times",
     "The Federal Reserve lowered interest rates by a quarter point on September 17, 2025, "
     "setting the target range for the federal funds rate at 4% to 4.25%. Jerome Powell told "
     "reporters in Washington that weaker hiring justified the cut. Wall Street stocks "
     "gained on the news and Treasury yields slipped."),
]
DECEMBER = [
    ("Fed cuts rates for a third time this year",
     "Atlas Newswire",
     "WASHINGTON - The Federal Reserve cut its benchmark interest rate by a quarter of a "
     "percentage point on December 10, 2025, to a target range of 3.5% to 3.75%, its third "
     "cut of the year. Fed Chair Jerome Powell said the labour market had cooled further and "
     "signalled a pause in January. Three officials dissented. Stocks on Wall Street rose "
     "and Treasury yields fell after the decision."),
    ("Divided Federal Reserve lowers rates, Powell signals pause",
     "Harbour Times",
     "A divided Federal Reserve lowered interest rates by a quarter point on December 10, "
     "2025, putting the federal funds rate in a range of 3.5% to 3.75%. Jerome Powell told "
     "reporters in Washington that the Fed was well placed to wait and see how the economy "
     "evolves. Three members of the committee voted against the cut. Wall Street stocks "
     "gained and Treasury yields slipped."),
]
FLIGHTS = [
    ("Starship Flight 7 lifts off from Texas",
     "Orbit Daily",
     "SpaceX launched Flight 7 of its Starship rocket from Starbase in Texas, and the "
     "Super Heavy booster was caught by the launch tower arms. Elon Musk said the upper "
     "stage was lost over the Caribbean. The FAA asked SpaceX to investigate the mishap."),
    ("Starship Flight 8: booster caught again, ship lost over the Bahamas",
     "Orbit Daily",
     "SpaceX launched Flight 8 of its Starship rocket from Starbase in Texas. The Super "
     "Heavy booster was again caught by the launch tower arms, but the upper stage tumbled "
     "and broke apart over the Bahamas minutes later. Elon Musk said engines had shut down "
     "early. The FAA grounded Starship and asked SpaceX to investigate."),
    ("Booster caught, ship lost: Starship's seventh test flight",
     "Gulf Coast Herald",
     "The seventh test flight of SpaceX's Starship ended with the Super Heavy booster "
     "back in the arms of the launch tower at Starbase, Texas, while the ship itself broke "
     "up over the Caribbean. Elon Musk blamed a fuel leak. The FAA said SpaceX must "
     "investigate the mishap before Flight 8."),
]

# The September wire text re-filed with December's date and range: a template, not a copy.
TEMPLATE = [(title, outlet, body.replace("September 17, 2025", "December 10, 2025")
             .replace("4% to 4.25%", "3.5% to 3.75%")) for title, outlet, body in SEPTEMBER]


@pytest.fixture(scope="module")
def analysed() -> dict[str, tuple[Article, Analysis]]:
    """Every test article, undated, through the real NLP stage (one spaCy load)."""
    articles = [Article(text=body, title=title, outlet=outlet)
                for title, outlet, body in SEPTEMBER + DECEMBER + FLIGHTS + TEMPLATE]
    return {str(i): (a, an) for i, (a, an) in
            enumerate(zip(articles, analyze_many(articles), strict=True))}


def _pairs(analysed, idx):
    return [analysed[str(i)] for i in idx]


def test_stated_dates_are_explicit_dates_with_their_year(analysed):
    _, analysis = analysed["0"]
    spans = stated_dates(analysis, keep=3)
    assert len(spans) == 1 and spans[0][0] == spans[0][1]  # one day: September 17, 2025
    december = stated_dates(analysed["2"][1], keep=3)
    assert date_gap(spans, december) == 84.0
    assert date_gap(spans, ()) is None  # no stated date: no evidence either way
    gaps = gap_matrix([spans, december, ()])
    assert gaps[0, 1] == 84.0 and gaps[0, 0] == 0.0
    assert gaps[0, 2] != gaps[0, 2]  # NaN


def test_series_numbers_and_target_ranges_are_labels():
    assert labels("SpaceX said Flight 7 lifted off") == {("flight", "7")}
    assert labels("the eighth test flight of Starship") == {("flight", "8")}
    assert labels("a target range of 4% to 4.25%") == {("range%", "4-4.25")}
    assert labels("the knockout came in round 6, the score 3 to 9%") == frozenset()
    assert labels_conflict({("flight", "7")}, {("flight", "8")})
    assert not labels_conflict({("flight", "7")}, {("flight", "7"), ("flight", "8")})
    assert not labels_conflict({("flight", "7")}, {("range%", "4-4.25")})


def test_two_rate_decisions_months_apart_stay_apart_without_publication_dates(analysed):
    index = StoryIndex()
    ids = [index.assign(a, an).story_id for a, an in _pairs(analysed, range(4))]
    assert ids[0] == ids[1]  # one decision, two outlets, the same stated date
    assert ids[2] == ids[3]
    assert ids[0] != ids[2]  # September and December: two events
    index.repair()
    final = [index.story_of[a.id] for a, _ in _pairs(analysed, range(4))]
    assert final[0] == final[1] and final[2] == final[3] and final[0] != final[2]


def test_without_the_stated_dates_weighing_in_the_two_decisions_merge(analysed):
    """The same texts with the new knobs switched off: what the evidence changes."""
    off = ClusterOptions(stated_gap_factor=1.0, stated_day_gap_factor=1.0,
                         label_conflict_factor=1.0)
    index = StoryIndex(off)
    ids = [index.assign(a, an).story_id for a, an in _pairs(analysed, range(4))]
    assert len(set(ids)) == 1


def test_two_numbered_flights_stay_apart_and_a_repeat_report_joins(analysed):
    index = StoryIndex()
    for article, analysis in _pairs(analysed, range(4)):  # other news first: the IDF
        index.assign(article, analysis)
    (a7, an7), (a8, an8), (again, an_again) = _pairs(analysed, (4, 5, 6))
    first = index.assign(a7, an7).story_id
    assert index.assign(a8, an8).story_id != first
    # the other outlet's Flight 7 report names Flight 8 too (what comes next): it joins
    assert index.assign(again, an_again).story_id == first
    index.repair()
    assert index.story_of[a7.id] == index.story_of[again.id] != index.story_of[a8.id]


def test_evidence_factor_damps_only_on_contradiction():
    index = StoryIndex()
    o = index.options
    day = (739511, 739511)
    months_later = (739595, 739595)
    a_year = (739252, 739616)  # a bare year: often background, weaker evidence
    years_before = (737790, 738155)
    assert index.evidence_factor(((day,), ()), ((day, months_later), ())) == 1.0
    assert index.evidence_factor(((day,), ()), ((), ())) == 1.0
    assert index.evidence_factor(((day,), ()), ((months_later,), ())) == (
        o.stated_day_gap_factor)
    assert index.evidence_factor(((a_year,), ()), ((years_before,), ())) == o.stated_gap_factor
    assert index.evidence_factor(((a_year,), ()), ((months_later,), ())) == 1.0
    assert index.evidence_factor(((), {("flight", "7")}), ((), {("flight", "8")})) == (
        o.label_conflict_factor)


def test_a_template_refiled_with_another_date_is_not_a_copy(analysed):
    index = StoryIndex()
    (sep, an_sep), _ = _pairs(analysed, (0, 1))
    (dec, an_dec), _ = _pairs(analysed, (7, 8))
    first = index.assign(sep, an_sep)
    got = index.assign(dec, an_dec)
    assert got.copy_of is None and got.story_id != first.story_id
    # with the evidence switched off it is taken for a near-copy of the September text
    off = StoryIndex(ClusterOptions(stated_gap_factor=1.0, stated_day_gap_factor=1.0,
                                    label_conflict_factor=1.0))
    off.assign(sep, an_sep)
    assert off.assign(dec, an_dec).copy_of == sep.id


def test_repair_keeps_stories_published_months_apart_apart(analysed):
    """A repair cluster joining stories published months apart (tied by an undated report
    alike to both) is cut back by their days; the undated report goes with the likelier."""
    import numpy as np

    from storyline.stories.repair import _apart_kept

    index = StoryIndex()
    dated = [(replace(a, published=day), an) for (a, an), day in zip(
        _pairs(analysed, [0, 1, 2, 3]),
        ["2025-09-17", "2025-09-17", "2025-12-10", "2025-12-10"], strict=True)]
    # December's second report again, undated, as another outlet's
    undated = [(replace(a, id="undated", published=None, outlet="Gulf Coast Herald"), an)
               for a, an in _pairs(analysed, [3])]
    for a, an in [*dated, *undated]:
        index.assign(a, an)
    articles = [a.id for a, _ in [*dated, *undated]]
    labels = _apart_kept(index, articles, np.zeros(len(articles), dtype=np.int32))
    assert labels[0] == labels[1] and labels[2] == labels[3] and labels[0] != labels[2]
    assert labels[4] == labels[2]  # the undated December report stays with December
