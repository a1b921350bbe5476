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
