"""Issue 11, recall of dates: the day of the story's main happening told in unlike words
by two outlets (storyline/reconcile/event_days.py): a ruling, talks, a launch, a quake, a
vote. Short reports written for these tests, with
must-report and must-not-report halves."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

_FRIDAY = "The appeals court ruled on Friday that the export licences were unlawful."
_THURSDAY = ("In a 2-1 decision issued Thursday, the judges said the ministry lacked the "
             "power to revoke the export licences.")


def test_one_ruling_on_two_weekdays_in_unlike_sentences():
    assert {"Thursday", "Friday"} in _values(_rec(_FRIDAY, _THURSDAY), "date")


def test_a_launch_and_a_quake_too():
    a = "The rocket lifted off from the coastal pad on Wednesday, the agency said."
    b = "After a two-hour delay, Tuesday's countdown ended with a clean launch of the rocket."
    c = "Officials confirmed the rocket's launch came on Tuesday after a two-hour delay."
    assert not _values(_rec(a, b), "date")  # "Tuesday's countdown": another happening's day
    assert {"Tuesday", "Wednesday"} in _values(_rec(a, c), "date")
    q1 = "A strong earthquake shook the northern province on Sunday, toppling old houses."
    q2 = "The quake hit the northern province on Monday, residents told local television."
    assert {"Sunday", "Monday"} in _values(_rec(q1, q2), "date")


def test_days_of_two_moments_or_two_happenings_are_no_conflict():
    # the talks began on one day and ended the next
    began = "Negotiators from both sides began the talks on Monday at the lakeside villa."
    ended = "The talks ended on Tuesday at the lakeside villa without a joint statement."
    assert not _values(_rec(began, ended), "date")
    # one outlet tells two rulings (the lower court's and the appeal): several happenings
    both = ("A lower court ruled on Thursday against the ministry, and the appeals court "
            "upheld that decision on Friday.")
    assert not _values(_rec(_THURSDAY, both), "date")
    # late on one day and the next: one moment around midnight
    late = "The appeals court ruled late Thursday that the export licences were unlawful."
    assert not _values(_rec(late, _FRIDAY), "date")
    # two people's deaths: a story tells several, each on its own day
    d1 = "Relatives said the factory's night guard died on Monday after the blast."
    d2 = "A welder who was pulled from the rubble by neighbours died on Tuesday."
    assert not _values(_rec(d1, d2), "date")
    # days far apart are two happenings of the kind, not a slip
    monday = "The appeals court ruled on Monday that the export licences were unlawful."
    assert not _values(_rec(monday, _THURSDAY), "date")
