"""Issue 11, tenth session: faults the battery's part E showed (held out until this session,
training since) in the hidden check's domains, each fixed by a general rule and tested here
on reports written for these tests: a case that must be reported and a control that must
not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values


def _all(rec: object) -> list[set[str]]:
    return [{v.value for v in d.values} for d in rec.discrepancies]  # type: ignore[attr-defined]


# --- the length of a round of talks ------------------------------------------------------

def test_a_session_that_ran_for_hours_is_the_talks_length():
    a = ("Negotiators from both countries met for about four hours in Oslo on Monday, "
         "officials said. The finance ministers will meet again on Tuesday.")
    b = ("The first day ended after a session that lasted roughly two hours, a person "
         "briefed on the meeting said. Both finance ministers called it useful.")
    assert _values(_rec(a, b), "figure") == [{"about four hours", "roughly two hours"}]


def test_talks_lengths_within_their_rounding_agree():
    a = ("Negotiators from both countries met for about four hours in Oslo on Monday, "
         "officials said.")
    b = ("The first day ended after a session that lasted four hours and ten minutes, a "
         "person briefed on the meeting said.")
    assert not _values(_rec(a, b), "figure")


# --- "local time" where the talks are, not where the delegations come from ---------------

_LOCAL = ("Officials from the United States and China resumed closed-door talks in Madrid "
          "on Monday, starting at 10 a.m. local time at the foreign ministry.")


def test_local_time_is_read_from_the_place_the_talks_are_in():
    b = ("The second day of negotiations got under way at 3 p.m. Beijing time on Monday, "
         "with the vice premier leading the delegation.")
    found = _values(_rec(_LOCAL, b, published="2025-09-15"), "time")
    assert found == [{"at 10 a.m. local time", "at 3 p.m. Beijing time"}]


def test_the_same_moment_in_beijing_and_madrid_time_agrees():
    b = ("The second day of negotiations got under way at 4 p.m. Beijing time on Monday, "
         "with the vice premier leading the delegation.")
    assert not _values(_rec(_LOCAL, b, published="2025-09-15"), "time")


# --- who led a delegation -----------------------------------------------------------------

_LED = ("The Chinese delegation was led by Vice Premier Han Zhiwei, who met the U.S. "
        "Treasury Secretary for two days of talks in Oslo.")


def test_a_side_sending_someone_to_head_its_team_names_its_leader():
    b = ("Beijing sent Commerce Minister Gao Ruolan to head its team at the two days of "
         "talks in Oslo, which ended on Tuesday.")
    assert _values(_rec(_LED, b), "name") == [{"Han Zhiwei", "Gao Ruolan"}]


def test_one_leader_named_two_ways_is_no_conflict():
    b = ("Vice-Premier Han Zhiwei is leading Beijing's delegation at the two days of talks "
         "in Oslo, which ended on Tuesday.")
    assert not _values(_rec(_LED, b), "name")


# --- a title given in an apposition after the name ----------------------------------------

def test_a_title_given_after_the_name_is_set_against_another_outlets():
    a = ("Across the table sat Zhou Wenbin, China's vice commerce minister and deputy trade "
         "representative, who arrived on Sunday.")
    b = ("Vice Foreign Minister Zhou Wenbin accompanied the vice premier to the talks, "
         "officials said on Sunday.")
    found = _values(_rec(a, b), "title")
    assert len(found) == 1 and "Vice Foreign Minister" in found[0]


def test_titles_one_outlet_joins_do_not_join_another_outlets_title():
    a = ("Across the table sat Zhou Wenbin, China's vice commerce minister and deputy trade "
         "representative, who arrived on Sunday.")
    b = ("Vice Commerce Minister Zhou Wenbin accompanied the vice premier to the talks, "
         "officials said on Sunday.")
    assert not _values(_rec(a, b), "title")


# --- a ruling's split, and its lone dissenter --------------------------------------------

def test_a_rulings_split_is_compared_whatever_places_follow_it():
    a = ("The Supreme Court ruled 6-3 on Monday that deputies in a Texas county acted "
         "lawfully when they searched the truck without a warrant.")
    b = ("By a 5-4 vote, the justices decided on Monday that Harris County deputies did not "
         "violate the Fourth Amendment.")
    assert _values(_rec(a, b), "figure") == [{"6–3 votes", "5–4 votes"}]


def test_the_same_split_told_with_other_places_agrees():
    a = ("The Supreme Court ruled 6-3 on Monday that deputies in a Texas county acted "
         "lawfully when they searched the truck without a warrant.")
    b = ("By a 6-3 vote, the justices decided on Monday that Harris County deputies did not "
         "violate the Fourth Amendment.")
    assert not _values(_rec(a, b), "figure")


def test_two_outlets_naming_different_lone_dissenters_disagree():
    a = ("The court sided with the city by an 8-1 vote on Friday. Justice Laura Whitcombe "
         "was the lone dissenter.")
    b = ("The justices ruled 8 to 1 for the city on Friday. The only justice to dissent was "
         "Martin Okonjo, who warned of the costs.")
    assert _values(_rec(a, b), "name") == [{"Laura Whitcombe", "Martin Okonjo"}]


def test_a_single_dissent_from_one_governor_told_twice_agrees():
    a = ("The bank held rates on Wednesday. The decision drew a single dissent, from "
         "Governor Paula Richter, who wanted a cut.")
    b = ("Rates were left unchanged on Wednesday. Governor Paula Richter was the lone "
         "dissenter, arguing for a reduction.")
    assert not _values(_rec(a, b), "name")


# --- a fine called a penalty --------------------------------------------------------------

def test_a_fine_and_a_penalty_of_different_sizes_disagree():
    a = ("The court on Tuesday upheld a €2.3 billion fine imposed on Norvik Systems for "
         "abusing its dominance in payment terminals.")
    b = ("Norvik Systems has lost its challenge against a €2.8bn antitrust penalty, after the "
         "court sided with regulators on Tuesday.")
    assert _values(_rec(a, b), "figure") == [{"€2.3 billion", "€2.8 billion"}]


def test_a_fine_and_a_penalty_of_one_size_agree():
    a = ("The court on Tuesday upheld a €2.3 billion fine imposed on Norvik Systems for "
         "abusing its dominance in payment terminals.")
    b = ("Norvik Systems lost its appeal against a €2.3bn antitrust penalty on Tuesday, "
         "after the court sided with regulators.")
    assert not _values(_rec(a, b), "figure")


# --- the day of a suspension --------------------------------------------------------------

def test_a_suspension_put_on_two_days_is_reported():
    a = ("The High Court on Tuesday suspended the new levy on ride-hailing fares pending a "
         "full hearing, a judge ruled.")
    b = ("A judge in Nairobi on Monday halted the rollout until a petition filed by drivers "
         "is heard.")
    found = _values(_rec(a, b, published="2025-11-13"), "date")
    assert found == [{"2025-11-10 (Monday)", "2025-11-11 (Tuesday)"}]


def test_a_suspension_on_one_day_is_no_conflict():
    a = ("The High Court on Tuesday suspended the new levy on ride-hailing fares pending a "
         "full hearing, a judge ruled.")
    b = ("A judge on Tuesday halted the rollout of the levy on ride-hailing fares until the "
         "petition is heard.")
    assert not _values(_rec(a, b, published="2025-11-13"), "date")


# --- a rate cut's size, and a bond purchase ------------------------------------------------

def test_a_quarter_point_and_a_half_point_cut_disagree():
    a = ("The central bank cut its key policy rate by 25 basis points to 3% on Wednesday, "
         "citing a cooling labour market.")
    b = ("The central bank lowered borrowing costs by 50 basis points on Wednesday as job "
         "losses mounted.")
    assert _values(_rec(a, b), "figure") == [{"0.25 pp", "0.5 pp"}]


def test_a_quarter_point_told_in_basis_points_agrees():
    a = ("The central bank cut its key policy rate by 25 basis points to 3% on Wednesday, "
         "citing a cooling labour market.")
    b = ("The central bank lowered borrowing costs by a quarter of a percentage point on "
         "Wednesday as job losses mounted.")
    assert not _values(_rec(a, b), "figure")


def test_a_bond_purchase_told_with_of_is_compared():
    a = ("The central bank said on Friday it would buy an extra ¥300 billion of long-dated "
         "government bonds to calm the market.")
    b = ("The bank announced an emergency purchase of ¥450 billion in government debt on "
         "Friday to calm the market.")
    assert _values(_rec(a, b), "figure") == [{"¥300 billion", "¥450 billion"}]


# --- which booster flew; how long a failed flight lasted; the pad --------------------------

def test_two_boosters_named_for_one_flight_disagree():
    a = ("The rocket lifted off on Tuesday evening. The first stage, Booster 12, splashed "
         "down in the Gulf as planned.")
    b = ("Tuesday's launch went well for the first stage: the booster, designated B13, "
         "made a controlled descent into the Gulf.")
    assert _values(_rec(a, b), "name") == [{"Booster 12", "designated B13"}]


def test_one_booster_named_two_ways_agrees():
    a = ("The rocket lifted off on Tuesday evening. The first stage, Booster 12, splashed "
         "down in the Gulf as planned.")
    b = ("Tuesday's launch went well for the first stage: the booster, designated B12, "
         "made a controlled descent into the Gulf.")
    assert not _values(_rec(a, b), "name")


def test_a_failed_flights_length_told_two_ways_is_compared():
    a = ("The startup's rocket crashed on its maiden flight on Sunday, falling into the sea "
         "about 40 seconds into the flight, the company said.")
    b = ("The maiden attempt ended after roughly 15 seconds on Sunday when the rocket lost "
         "control and plunged into the sea.")
    found = _values(_rec(a, b), "figure")
    assert found == [{"about 40 seconds", "roughly 15 seconds"}]


def test_a_failed_flights_length_within_its_rounding_agrees():
    a = ("The startup's rocket crashed on its maiden flight on Sunday, falling into the sea "
         "about 40 seconds into the flight, the company said.")
    b = ("The maiden attempt ended after 38 seconds on Sunday when the rocket lost control "
         "and plunged into the sea.")
    assert not _values(_rec(a, b), "figure")


def test_two_pads_a_rocket_thundered_away_from_disagree():
    a = ("The heavy rocket lifted off from Launch Complex 17 at the Space Force Station "
         "on Thursday, carrying two weather satellites.")
    b = ("The rocket thundered away from Launch Complex 20 on Thursday afternoon with two "
         "weather satellites aboard.")
    assert _values(_rec(a, b), "place") == [{"Launch Complex 17", "Launch Complex 20"}]


def test_all_reports_of_one_pad_agree():
    a = ("The heavy rocket lifted off from Launch Complex 17 at the Space Force Station "
         "on Thursday, carrying two weather satellites.")
    b = ("The rocket thundered away from Launch Complex 17 on Thursday afternoon with two "
         "weather satellites aboard.")
    assert not _all(_rec(a, b))
