"""Issue 11, recall and precision: a sentence listing several numbers of one unit, each with
a holder of its own ("VanDeest had 13 points, while Carter had 12"), gives each holder's
number; it compares with another outlet's number for the same holder
(storyline/reconcile/holders.py). Each rule on short reports written for these tests, with
must-report and must-not-report halves."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

_LIST = ("The Harbour Hawks were led by 21 points from Dana Voss, while Mara Quill had 12 "
         "points in the loss to the Lakeside Owls on Friday.")


def test_a_listed_number_is_set_against_the_same_holders_number():
    other = "Mara Quill scored 14 points for the Harbour Hawks in the loss to the Lakeside Owls."
    assert {"12 points", "14 points"} in _values(_rec(_LIST, other), "figure")


def test_a_listed_number_is_not_set_against_another_holders_number():
    other = "Dana Voss scored 21 points for the Harbour Hawks in the loss to the Lakeside Owls."
    assert not _values(_rec(_LIST, other), "figure")
    # nor is a number told of nobody in particular
    team = "The Harbour Hawks scored 14 points in the final quarter of the loss to the Owls."
    assert not _values(_rec(_LIST, team), "figure")


def test_an_equal_number_of_another_holder_does_not_hide_the_conflict():
    # the first report gives 14 points too, but to Voss: it says nothing of Quill's 12 or 14
    a = ("Dana Voss scored 14 points for the Harbour Hawks, while Mara Quill had 12 points "
         "in the loss to the Lakeside Owls on Friday.")
    b = ("Mara Quill scored 14 points and Ivo Marsh had 9 for the Harbour Hawks in the loss "
         "to the Lakeside Owls.")
    found = _values(_rec(a, b), "figure")
    assert found and all("14 points" in v for v in found)


def test_a_range_or_move_in_a_list_has_no_holder():
    a = ("The Rivermark central bank cut its main rate from 4.5% to 4.25% on Thursday, and "
         "Norland's bank held at 3%.")
    b = "The Rivermark central bank cut its main rate to 4% on Thursday, its first cut this year."
    found = _values(_rec(a, b), "figure")
    assert not any("4.5%" in v for v in found)


def test_a_list_of_parties_seats():
    a = ("The Harbour Party won 41 seats and the Coast League won 12 seats in the regional "
         "election on Sunday.")
    b = "The Coast League won 15 seats in the regional election on Sunday, its worst result."
    assert {"12 seats", "15 seats"} in _values(_rec(a, b), "figure")
    c = "The Harbour Party won 41 seats in the regional election on Sunday, its best result."
    assert not _values(_rec(a, c), "figure")


def test_a_name_after_a_preposition_is_not_the_holder():
    # "on Norland goods" is what the 30% is levied on: the levy is Rivermark's
    a = ("Tariffs imposed by Rivermark on Norland goods will fall to 30%, while Norland will "
         "cut its own tariff to 10% under the deal agreed on Monday.")
    b = "Norland will cut its own tariff to 12% under the deal agreed on Monday."
    found = _values(_rec(a, b), "figure")
    assert {"10%", "12%"} in found and not any("30%" in v for v in found)


def test_a_possessive_name_after_a_preposition_holds_its_number():
    a = ("Ana Ilves won 52% of the vote and Marek Tamm 45%, the electoral commission said "
         "on Monday.")
    b = "Ana Ilves won 52% of the vote to Marek Tamm's 46%, according to the commission."
    assert {"45%", "46%"} in _values(_rec(a, b), "figure")
    same = "Ana Ilves won 52% of the vote to Marek Tamm's 45%, according to the commission."
    assert not _values(_rec(a, same), "figure")
