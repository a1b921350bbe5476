"""Class 3 of issue 11 (missed disagreements), on sentences written for these tests.

Titles given differently for one person, percentage points told as percent, vote shares and
margins, counts that differ (and a rising tally in a later report, which is an update, not a
conflict), compound durations, weekdays of one happening, names swapped around a one-way
verb, and the figures behind them ("six AK-47 rifles", "600m", "2,000ft"). The articles are
analysed by the real pipeline (the shared spaCy model).
"""

from __future__ import annotations

import pytest

from storyline.nlp.pipeline import analyze
from storyline.reconcile import Reconciliation, reconcile
from storyline.records import Article, Assignment, Story


def _reconcile(*articles: tuple[str, str] | tuple[str, str, str]) -> Reconciliation:
    items = []
    for n, (outlet, text, *published) in enumerate(articles):
        article = Article(id=f"a{n}", text=text, outlet=outlet, title=f"{outlet} report",
                          published=published[0] if published else "2025-06-12")
        items.append((article, analyze(article), Assignment(article.id, 1, 0.9)))
    return reconcile(Story(id=1, title="test"), items)


def _kinds(rec: Reconciliation, kind: str) -> list[list[str]]:
    return [[v.value for v in d.values] for d in rec.discrepancies if d.kind == kind]


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit)
            for f in analyze(Article(id="x", text=text, title="t")).figures]


# -- figures that were dropped -----------------------------------------------------------------


def test_a_model_designator_does_not_hide_what_is_counted() -> None:
    figs = _figures("Marines seized six AK-47 rifles and two F-16 jets were grounded.")
    assert ("six AK-47 rifles", 6.0, "rifles") in figs
    assert ("two F-16 jets", 2.0, "jets") in figs


def test_units_written_onto_numbers_are_lengths_not_millions() -> None:
    figs = _figures("The hiker fell about 600m while descending, then slid 2,000ft. "
                    "The firm now has 5m customers.")
    assert ("about 600m", 600.0, "metres") in figs
    assert ("2,000ft", 2000.0, "ft") in figs
    assert ("5m customers", 5_000_000.0, "customers") in figs


def test_a_compound_duration_is_one_figure() -> None:
    figs = _figures("The hearing lasted two hours and 35 minutes.")
    assert len(figs) == 1
    assert figs[0][0] == "two hours and 35 minutes"
    assert figs[0][1] == pytest.approx(2 + 35 / 60)


# -- disagreements -----------------------------------------------------------------------------


def test_durations_told_differently_are_a_figure_discrepancy() -> None:
    rec = _reconcile(
        ("Harbour Post", "The council debate on the harbour budget lasted nearly three hours."),
        ("River Daily", "The council debate on the harbour budget lasted two hours and 35 "
                        "minutes."),
    )
    assert ["nearly three hours", "two hours and 35 minutes"] in _kinds(rec, "figure")


def test_one_persons_different_titles_are_a_title_discrepancy() -> None:
    rec = _reconcile(
        ("Harbour Post", "Police Inspector Mara Quint said the ferry ran aground at dawn. "
                         "Inspector Quint said nobody was hurt."),
        ("River Daily", "Police spokesman Mara Quint said the ferry ran aground at dawn."),
    )
    titles = _kinds(rec, "title")
    assert len(titles) == 1
    assert any("spokesman" in v.lower() for v in titles[0])
    assert any("inspector" in v.lower() for v in titles[0])


def test_titles_given_together_or_in_the_past_are_no_discrepancy() -> None:
    rec = _reconcile(
        ("Harbour Post", "Area Commander Inspector Mara Quint said the ferry ran aground."),
        ("River Daily", "Inspector Mara Quint said the ferry ran aground at dawn."),
        ("Valley Times", "Former spokesman Mara Quint said the ferry ran aground at dawn."),
    )
    assert _kinds(rec, "title") == []


def test_percentage_points_told_as_percent_are_a_figure_discrepancy() -> None:
    rec = _reconcile(
        ("Harbour Post", "Support for the ruling party fell by 4 percentage points to 31% "
                         "in the June poll."),
        ("River Daily", "Support for the ruling party fell by 4% to 31% in the June poll."),
    )
    assert ["4 percentage points", "4%"] in _kinds(rec, "figure")


def test_points_and_percent_from_one_outlet_are_no_discrepancy() -> None:
    rec = _reconcile(
        ("Harbour Post", "Support for the ruling party fell by 4 percentage points to 31%, "
                         "a fall of 11%, in the June poll."),
        ("River Daily", "Support for the ruling party fell by 4 percentage points to 31% in "
                        "the June poll."),
    )
    assert not any("percentage points" in v for vs in _kinds(rec, "figure") for v in vs)


def test_vote_shares_and_margins_that_differ_are_reported() -> None:
    rec = _reconcile(
        ("Harbour Post", "Lena Marsh won the mayoral runoff with 54% of the vote, a margin of "
                         "eight points over Tom Reed."),
        ("River Daily", "Lena Marsh won the mayoral runoff with 52% of the vote, beating Tom "
                        "Reed by four points."),
    )
    figures = _kinds(rec, "figure")
    assert ["54%", "52%"] in figures
    assert ["8 pp", "4 pp"] in figures  # a margin in a share is percentage points


def test_a_rising_toll_in_a_later_report_is_an_update_not_a_conflict() -> None:
    early = ("Harbour Post", "At least 12 people were killed when the quake struck the coastal "
                             "province, officials said.", "2025-06-12T08:00:00+00:00")
    later = ("River Daily", "At least 31 people were killed when the quake struck the coastal "
                            "province, officials said.", "2025-06-12T20:00:00+00:00")
    rec = _reconcile(early, later)
    assert _kinds(rec, "figure") == []
    notes = [f.note for f in rec.figures if f.note]
    assert len(notes) == 1 and "update" in notes[0]
    # The same two tolls half an hour apart: outlets disagree.
    rec = _reconcile(early, (*later[:2], "2025-06-12T08:30:00+00:00"))
    assert ["at least 12 people", "at least 31 people"] in _kinds(rec, "figure")


def test_a_count_of_one_moment_reported_later_is_still_a_conflict() -> None:
    rec = _reconcile(
        ("Harbour Post", "About 1,200 residents were ordered from their homes on Sunday as the "
                         "fire spread.", "2025-06-12T08:00:00+00:00"),
        ("River Daily", "About 1,900 residents were ordered from their homes on Sunday as the "
                        "fire spread.", "2025-06-13T09:00:00+00:00"),
    )
    assert any("1,200" in " ".join(vs) for vs in _kinds(rec, "figure"))


def test_counts_of_ships_and_magnitudes_that_differ_are_reported() -> None:
    rec = _reconcile(
        ("Harbour Post", "The magnitude 6.4 quake damaged four ships moored in the harbour on "
                         "Tuesday morning."),
        ("River Daily", "The magnitude 6.1 quake damaged six ships moored in the harbour on "
                        "Tuesday morning."),
    )
    values = " | ".join(v for vs in _kinds(rec, "figure") for v in vs)
    assert "6.4" in values and "6.1" in values
    assert "4 ships" in values and "6 ships" in values


def test_one_persons_distance_in_meters_and_metres_is_compared() -> None:
    rec = _reconcile(
        ("Harbour Post", "Rescuers said Ian Blyth slipped on the ice and fell about 600 metres "
                         "near the Sefton hut on Saturday."),
        ("River Daily", "The day after the first death, Ian Blyth, an inexperienced climber "
                        "with rented gear, fell 700 meters to his death."),
    )
    assert ["about 600 metres", "700 meters"] in _kinds(rec, "figure")


def test_different_weekdays_for_one_undated_happening_are_a_date_discrepancy() -> None:
    rec = _reconcile(
        ("Harbour Post", "The coast guard on Thursday rescued 14 fishermen from a sinking "
                         "trawler off the northern cape.", ""),
        ("River Daily", "The coast guard rescued 14 fishermen from a sinking trawler off the "
                        "northern cape on Friday.", ""),
    )
    assert ["Thursday", "Friday"] in _kinds(rec, "date") or \
        ["Friday", "Thursday"] in _kinds(rec, "date")


def test_the_day_a_statement_was_made_is_not_the_day_of_the_happening() -> None:
    rec = _reconcile(
        ("Harbour Post", "The coast guard on Thursday rescued 14 fishermen from a sinking "
                         "trawler off the northern cape.", ""),
        ("River Daily", "The coast guard rescued 14 fishermen from a sinking trawler off the "
                        "northern cape, an officer said here Friday.", ""),
    )
    assert _kinds(rec, "date") == []


def test_names_swapped_around_a_one_way_verb_are_a_name_discrepancy() -> None:
    rec = _reconcile(
        ("Harbour Post", "Karen Liu beat Omar Haddad in the final of the city chess open."),
        ("River Daily", "Omar Haddad beat Karen Liu in the final of the city chess open."),
    )
    assert ["Karen Liu beat Omar Haddad", "Omar Haddad beat Karen Liu"] in _kinds(rec, "name")


def test_the_same_order_or_a_passive_is_no_swap() -> None:
    rec = _reconcile(
        ("Harbour Post", "Karen Liu beat Omar Haddad in the final of the city chess open."),
        ("River Daily", "Omar Haddad was beaten by Karen Liu in the final of the city chess "
                        "open."),
        ("Valley Times", "Karen Liu beat Omar Haddad in the final of the chess open."),
    )
    assert not any("beat" in " ".join(vs) for vs in _kinds(rec, "name"))


def test_weekdays_resolved_to_dates_a_day_apart_are_a_date_discrepancy() -> None:
    rec = _reconcile(
        ("Harbour Post", "Finance ministers met on Wednesday in Brussels to agree the budget "
                         "rules.", "2025-06-12T18:00:00+00:00"),
        ("River Daily", "Finance ministers met on Thursday in Brussels to agree the budget "
                        "rules.", "2025-06-12T19:00:00+00:00"),
    )
    dates = _kinds(rec, "date")
    assert len(dates) == 1
    assert {v.split()[0] for v in dates[0]} == {"2025-06-11", "2025-06-12"}


def test_prime_minister_and_president_are_different_titles() -> None:
    rec = _reconcile(
        ("Harbour Post", "Prime Minister Anna Kovac said the talks would resume."),
        ("River Daily", "President Anna Kovac said the talks would resume next week."),
    )
    assert _kinds(rec, "title") == [["Prime Minister", "President"]]


def test_the_brief_shows_an_update_as_one() -> None:
    from storyline.brief import build_brief, render_html, render_markdown

    rec = _reconcile(
        ("Harbour Post", "At least 12 people were killed when the quake struck the coastal "
                         "province.", "2025-06-12T08:00:00+00:00"),
        ("River Daily", "At least 31 people were killed when the quake struck the coastal "
                        "province.", "2025-06-12T20:00:00+00:00"),
    )
    brief = build_brief(rec)
    assert "updated in later reports" in render_markdown(brief)
    assert "updated in later reports" in render_html(brief)
    assert brief.discrepancies == []
