"""Issue 11, fourteenth session: faults shown by the story battery's fourth-batch training
parts and by leftovers of the thirteenth session, each fixed by a general rule and tested here
on reports written for these tests: a case that must be reported and a control that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

# --- a statement reworded and credited to another speaker -------------------------------------


def test_a_reworded_statement_credited_to_another_speaker_is_reported():
    a = ('"Today\'s vote confirms that this bank will not tolerate high inflation for long," '
         "Governor Ana Ruiz said after the meeting.")
    b = ('"Today\'s decision shows that this bank does not tolerate high inflation for long," '
         "deputy governor Tomas Lind said after the meeting.")
    assert {"Ana Ruiz", "Tomas Lind"} in _values(_rec(a, b), "quote")


def test_two_speakers_saying_unlike_things_are_not_one_statement():
    a = ('"Our decision today keeps the country firmly on the path to lower prices," '
         "Governor Ana Ruiz said after the meeting.")
    b = ('"Nothing in today\'s decision changes the path we set out in March," '
         "deputy governor Tomas Lind said after the meeting.")
    assert not _values(_rec(a, b), "quote")


# --- one named thing counted with two nouns -------------------------------------------------


def test_one_named_thing_counted_with_two_nouns_compares():
    a = ("China will also buy 200 Boeing aircraft, a deal the White House called the largest "
         "aircraft commitment in history.")
    b = ("A pledge by China to buy 150 Boeing airplanes, announced after the summit in Beijing, "
         "drew a cautious welcome in Wichita.")
    assert any({"200", "150"} <= {v.split()[0] for v in vs} for vs in _values(_rec(a, b), "figure"))


def test_two_acts_counting_one_named_thing_stay_apart():
    a = ("China will also buy 200 Boeing aircraft, a deal the White House called the largest "
         "aircraft commitment in history.")
    b = ("Boeing delivered 150 aircraft to Chinese airlines in 2018, before the 737 MAX was "
         "grounded, and few since.")
    assert not _values(_rec(a, b), "figure")


# --- lengths: a bound kept, a measure that is no count's stage ---------


def test_a_length_within_the_bound_another_outlet_gives_agrees():
    a = "The rocket tipped over and fell into the sea less than half a minute after liftoff."
    b = "The flight lasted only 28 seconds, the company said."
    assert not _values(_rec(a, b), "figure")
    c = "The flight lasted only 48 seconds, the company said."
    assert _values(_rec(a, c), "figure")


def test_preliminary_figures_of_a_height_are_no_count_still_going_on():
    a = ("The second stage carried the vehicle to a peak altitude of 212 kilometres, according "
         "to preliminary figures released by the company.")
    b = "The rocket climbed to about 250 kilometres before its second stage fell back."
    assert _values(_rec(a, b), "figure")


def test_a_named_rockets_first_flight_last_year_is_an_earlier_flight():
    a = "Skarv's first flight, in August last year, lasted only 28 seconds."
    b = "The flight lasted about nine minutes before the upper stage fell into the sea."
    assert not _values(_rec(a, b), "figure")


# --- an election night: a split of shares, precincts still out, a runoff held ---------------


def test_a_split_of_two_shares_is_no_range():
    from storyline.nlp.pipeline import analyze
    from storyline.records import Article
    text = "Villanueva won the runoff by a little over six points, 53.1%–46.9%, on Saturday."
    figures = analyze(Article(id="a", text=text, outlet="o", title="t")).figures
    assert [(f.value, f.value_max) for f in figures if f.unit == "%"] == [
        (53.1, None), (46.9, None)]
    a = "Villanueva won the runoff with about 53% of the vote, defeating Grant Holloway."
    assert not _values(_rec(a, text), "figure")


def test_a_count_with_precincts_still_out_is_a_stage_of_the_count():
    a = ("With 212 of 216 precincts reporting, Villanueva had 40,517 votes, or 52.8%, to "
         "Holloway's 36,220 votes.")
    b = ("With all 216 precincts counted, Villanueva had 41,286 votes, or 53.1 percent, to "
         "Holloway's 36,462.")
    assert not _values(_rec(a, b), "figure")
    c = ("With all 216 precincts counted, Villanueva had 40,517 votes, or 52.8%, to "
         "Holloway's 36,220 votes.")
    assert _values(_rec(c, b), "figure")


def test_a_runoff_won_on_a_day_is_no_next_meeting():
    a = "Teresa Villanueva won the Bellhaven mayoral runoff on Saturday, defeating Holloway."
    b = "The results must be canvassed by the City Council, which is scheduled to meet on June 22."
    assert not _values(_rec(a, b, published="2026-06-14"), "date")


# --- a toll told as "the number of people killed … has risen to" ----------------------------


def test_the_number_of_people_killed_is_a_toll_and_an_earlier_count_beside_it_is_no_conflict():
    a = ("The number of people killed in a magnitude 6.9 earthquake in southern Peru has risen "
         "to 14, officials say. On Monday officials had confirmed nine deaths.")
    b = "The death toll from Sunday night's earthquake in southern Peru rose to 14 on Tuesday."
    assert not _values(_rec(a, b, published="2026-04-21"), "figure")


def test_a_trial_courts_panel_is_no_bench_of_the_appeals_court():
    a = ("The Court of International Trade sided with the challengers in May in a unanimous "
         "decision by a three-judge panel, and the government appealed.")
    b = "The ruling, from the full Federal Circuit in Washington, was 7 to 4."
    assert not _values(_rec(a, b), "detail")
    c = "A three-judge panel of the Federal Circuit ruled 2-1 against the tariffs."
    assert _values(_rec(c, b), "detail")


def test_the_candidate_beaten_holds_no_share_of_the_winner():
    a = ("The council member beat former police chief Russell Kimbrough in Saturday's run-off, "
         "taking nearly 54% of the vote in unofficial returns.")
    b = ("Ortega-Vance won 53.8% of the vote to Kimbrough's 46.2%, according to unofficial "
         "results released by the city clerk.")
    assert not _values(_rec(a, b), "figure")


# --- an election's seats held before the vote; a title after a preposition ------------------


def test_seats_held_at_dissolution_are_not_seats_won():
    a = ("Premier Graham Tulloch's Progressive Conservatives, who held 41 seats when the "
         "legislature was dissolved, were reduced to 17.")
    b = ("Claire Dunphy led the party to a majority, winning 33 seats and reducing Premier "
         "Graham Tulloch's Progressive Conservatives to 17.")
    assert not _values(_rec(a, b), "figure")


def test_a_title_read_before_a_name_starts_after_a_preposition():
    a = "Outgoing premier Graham Tulloch had made health funding a central campaign theme."
    b = ("The governing Progressive Conservatives under Premier Graham Tulloch fell to 17 seats, "
         "and the New Democrats won six.")
    assert not _values(_rec(a, b), "title")


def test_en_banc_review_to_come_is_no_bench_that_ruled():
    a = ("Given the tension with the 2023 ruling and the court's recent appetite for en banc "
         "review in environmental cases, a petition seems likely.")
    b = ("The refiner lost its appeal after a split panel of the 5th Circuit sided with "
         "environmental groups on Tuesday.")
    assert not _values(_rec(a, b), "detail")


# --- a central bank's earlier move told as background ---------------------------------------


def test_an_earlier_move_told_as_background_is_no_new_rate():
    a = ("The move follows a cut in December, when the committee lowered rates from 4% to 3.75% "
         "by a knife-edge 5-4 vote.")
    b = "The Bank of England cut interest rates to 3.5%."  # (undated: no day tells them apart)
    assert not _values(_rec(a, b), "figure")
    c = "The Bank of England cut interest rates to 3.75%."
    assert _values(_rec(c, b), "figure")


def test_the_day_results_were_published_is_not_the_day_of_the_vote():
    a = ("Independent candidate Elena Petrova won Sunday's mayoral run-off in Plovdiv with 51.8% "
         "of the vote, the municipal election commission said.")
    b = ("Petrova won the run-off with 51.8% against 48.2% for Georgi Stoyanov, according to the "
         "results published by the municipal election commission on Monday.")
    assert not _values(_rec(a, b), "date")
    c = ("Petrova won Monday's mayoral run-off in Plovdiv with 51.8% of the vote, the municipal "
         "election commission said.")
    assert _values(_rec(a, c), "date")
