"""Issue 11, fifteenth session: faults shown by the story battery's fourth-batch training
parts, each fixed by a general rule and tested here on reports written for these tests: a
case that must be reported and a control that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

# --- a sum written with its digits swapped, in an article of many sums ------------------------

_MANY_SUMS = ("The plant's owner reported net income of $1.4 billion last year and has spent "
              "more than $120 million on new equipment since 2020. The groups had sought about "
              "$48 million.")


def test_a_sum_with_swapped_digits_is_reported_among_many_sums():
    a = ("An appeals court on Tuesday upheld a $9.6 million civil penalty against the "
         "refinery for years of permit violations. " + _MANY_SUMS)
    b = ("The refinery has lost its appeal of a $6.9 million penalty over flaring, after a "
         "split panel sided with the residents. " + _MANY_SUMS)
    assert any({"$9.6 million", "$6.9 million"} <= vs for vs in _values(_rec(a, b), "figure"))


def test_two_unlike_sums_among_many_stay_apart():
    a = ("An appeals court on Tuesday upheld a $9.6 million civil penalty against the "
         "refinery for years of permit violations. " + _MANY_SUMS)
    b = ("The refinery has lost its appeal of the penalty over flaring, after a split panel "
         "sided with the residents. In 2019 it agreed to a $6.2 million settlement with state "
         "regulators. " + _MANY_SUMS)
    assert not any("$9.6 million" in vs for vs in _values(_rec(a, b), "figure"))


# --- who wrote the dissent, told in more ways -------------------------------------------------


def test_a_dissent_by_a_judge_joined_by_colleagues_is_compared():
    a = ("The appeals court ruled 7-4 against the tariffs. Judge Samuel Okafor, joined by "
         "three colleagues, dissented.")
    b = ("The appeals court ruled 7-4 against the tariffs. In a dissent, Judge Ellen "
         "Lindqvist, writing for herself and three colleagues, said the majority had erred.")
    assert {"Samuel Okafor", "Ellen Lindqvist"} in _values(_rec(a, b), "name")


def test_the_dissent_by_the_same_judge_is_not_reported():
    a = ("The appeals court ruled 7-4 against the tariffs. The dissent, by Judge Samuel Okafor "
         "and joined by three colleagues, would have upheld them.")
    b = ("The appeals court ruled 7-4 against the tariffs. Judge Samuel Okafor, joined by "
         "three colleagues, dissented.")
    assert not _values(_rec(a, b), "name")


def test_a_lone_dissenter_told_in_dissent_and_in_a_worded_dissent():
    a = ("A divided panel upheld the penalty 2-1. Judge Carolyn Ashby, in dissent, said the "
         "ruling stretched the law too far.")
    b = ("A divided panel upheld the penalty 2-1. In a sharply worded dissent, Judge Harold "
         "Brenner wrote that the majority had ignored precedent.")
    assert {"Carolyn Ashby", "Harold Brenner"} in _values(_rec(a, b), "name")
    c = ("A divided panel upheld the penalty 2-1. In a sharply worded dissent, Judge Carolyn "
         "Ashby wrote that the majority had ignored precedent.")
    assert not _values(_rec(a, c), "name")


# --- who led a delegation: the other's holder named, but not as leading ----------------------


def test_a_delegation_leader_differs_though_the_other_is_named_speaking():
    a = ("Treasury Secretary Daniel Whitcombe, who led the U.S. delegation, told reporters the "
         "talks had been constructive.")
    b = ("The US team, led by Commerce Secretary Erik Halvorsen, met the Chinese side on Monday. "
         "Treasury Secretary Daniel Whitcombe described the talks as constructive.")
    assert {"Daniel Whitcombe", "Erik Halvorsen"} in _values(_rec(a, b), "name")


def test_a_delegation_led_jointly_is_not_reported():
    a = ("Treasury Secretary Daniel Whitcombe, who led the U.S. delegation, told reporters the "
         "talks had been constructive.")
    b = ("The US team, led by Commerce Secretary Erik Halvorsen, met the Chinese side on Monday. "
         "Treasury Secretary Daniel Whitcombe co-led the talks with him.")
    assert not _values(_rec(a, b), "name")


def test_a_pronoun_leading_a_delegation_is_no_holder():
    a = ("Commerce Secretary Ellen Hartwell arrived on Sunday. She led the U.S. side together "
         "with Trade Representative Marcus Odell.")
    b = "The U.S. delegation was led by Commerce Secretary Ellen Hartwell, officials said."
    assert not _values(_rec(a, b), "name")


# --- a former office after an age --------------------------------------------------------------


def test_a_former_office_after_an_age_is_compared():
    a = ("Renewal leader Kristaps Ozols, a 47-year-old former finance minister, told "
         "supporters in Riga that change had come.")
    b = "The party is led by Kristaps Ozols, a former foreign minister, who founded it in 2023."
    assert _values(_rec(a, b), "title")
    c = "The party is led by Kristaps Ozols, a former finance minister, who founded it in 2023."
    assert not _values(_rec(a, c), "title")


# --- one party's seats, told in unlike sentences -----------------------------------------------


def test_one_partys_seats_in_unlike_sentences_are_compared():
    a = ("The opposition Renewal Party won Latvia's parliamentary election on Saturday, taking "
         "31 of the 100 seats in the Saeima, results from the Central Election Commission "
         "showed on Sunday.")
    b = ("Latvian voters turned against the outgoing government on Saturday, making the "
         "three-year-old Renewal Party the largest force in parliament with 33 seats and nearly "
         "a quarter of the vote.")
    assert any({"31", "33"} <= {v.split()[0] for v in vs} for vs in _values(_rec(a, b), "figure"))


def test_two_parties_seats_in_unlike_sentences_stay_apart():
    a = ("The opposition Renewal Party won Latvia's parliamentary election on Saturday, taking "
         "31 of the 100 seats in the Saeima, results from the Central Election Commission "
         "showed on Sunday.")
    b = ("Latvian voters turned against the outgoing government on Saturday, leaving Prime "
         "Minister Ilze Berzina's People's Alliance with 33 seats and less than a fifth of the "
         "vote.")
    assert not _values(_rec(a, b), "figure")
