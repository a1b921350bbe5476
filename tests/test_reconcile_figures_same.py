"""Issue 11, precision: two outlets' numbers are one conflict only when they measure the
same thing (storyline/reconcile/same_measure.py), and two weekdays only when the words
nearest them tell one happening. Each false class on short reports written for these
tests, with a control that the real conflict is still reported."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values


def test_compound_numbers_of_different_nouns_are_two_facts():
    a = "The Harbour Hawks went on a 10-game winless stretch before the coach was fired."
    b = "The Harbour Hawks were on a 12-game losing streak before the coach was fired."
    assert not _values(_rec(a, b), "figure")
    # control: the same noun modified, two values
    c = "The Harbour Hawks were on a 10-game losing streak before the coach was fired."
    assert {"10 games", "12 games"} in _values(_rec(b, c), "figure")


def test_a_compound_number_and_a_plain_one_need_the_modified_noun():
    a = "The Rovers capped a 73-yard drive with a late goal on the river ground."
    b = "The Rovers went 80 yards in nine plays for a late goal on the river ground."
    assert not _values(_rec(a, b), "figure")
    # control: the plain number's sentence names the drive
    c = "The Rovers capped the drive of 80 yards with a late goal on the river ground."
    assert {"73 yards", "80 yards"} in _values(_rec(a, c), "figure")


def test_values_credited_to_different_people_are_two_facts():
    # "he" names nobody, but the outlet giving the same 205 yards credits them to Lind
    a = "Andrew Novak ran for 226 yards as the Rovers beat the Owls on the river ground."
    c = "Against the Owls on the river ground, he gained 205 yards for the Rovers."
    lind = "Oskar Lind's 205 yards led the Rovers past the Owls on the river ground."
    assert not _values(_rec(a, c, lind), "figure")
    # control: the 205 yards credited to the same person
    novak = "Andrew Novak's 205 yards led the Rovers past the Owls on the river ground."
    assert {"226 yards", "205 yards"} in _values(_rec(a, c, novak), "figure")


def test_one_of_a_group_gives_the_group_size_a_count():
    # "one of N people": one member of a group; N is the group's size, not a whole of attempts
    a = "About 2,100 residents of the valley town were ordered to leave as the flood rose."
    b = "Mara Quill was one of about 2,600 people ordered to leave the valley town as the flood rose."
    assert {"about 2,100 residents", "about 2,600 people"} in _values(_rec(a, b), "figure")


def test_the_whole_of_a_part_is_not_a_total():
    a = "Dana Voss made 8 of 14 shots in the quarterfinal win over the Lakeside Owls."
    b = "Dana Voss blocked 11 shots in the quarterfinal win over the Lakeside Owls."
    assert not _values(_rec(a, b), "figure")
    # control: two totals
    c = "Dana Voss blocked 14 shots in the quarterfinal win over the Lakeside Owls."
    assert {"11 shots", "14 shots"} in _values(_rec(b, c), "figure")


def test_a_window_or_a_further_lot_is_not_the_whole_count():
    a = "The Harbour Hawks lost eight of their last 10 games before firing the coach."
    b = "The Harbour Hawks lost 12 games before firing the coach on Monday."
    assert not _values(_rec(a, b), "figure")
    c = "The Harbour Hawks scored another two goals before the break at the river ground."
    d = "The Harbour Hawks scored five goals before the break at the river ground."
    assert not _values(_rec(c, d), "figure")
    # control: two plain counts
    e = "The Harbour Hawks scored three goals before the break at the river ground."
    assert {"3 goals", "5 goals"} in _values(_rec(d, e), "figure")


def test_weekdays_whose_nearest_words_tell_two_happenings_are_not_a_conflict():
    # one clause, two happenings: the charge, and the fire reported Friday
    a = ("A 52-year-old man was charged Saturday with one count of arson in connection "
         "with the warehouse blaze.")
    b = ("A 52-year-old man was charged with one count of arson in connection with the "
         "warehouse blaze that police first reported to the town fire brigade Friday.")
    assert not _values(_rec(a, b), "date")
    # control: the same happening, the same nearest words, two weekdays
    c = ("A 52-year-old man was charged Friday with one count of arson in connection "
         "with the warehouse blaze.")
    assert {"Saturday", "Friday"} in _values(_rec(a, c), "date")


def test_alike_sentences_about_two_people_give_two_facts():
    # the same words but for the runner and the number: two people's yards, not one fact
    a = "Andrew Novak ran for 226 yards as the Rovers beat the Owls on the river ground on Sunday."
    b = "Oskar Lind ran for 205 yards as the Rovers beat the Owls on the river ground on Sunday."
    assert not _values(_rec(a, b), "figure")
    # control: one runner, two numbers
    c = "Andrew Novak ran for 205 yards as the Rovers beat the Owls on the river ground on Sunday."
    assert {"226 yards", "205 yards"} in _values(_rec(a, c), "figure")
