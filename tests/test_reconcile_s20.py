"""Issue 11, twentieth session: faults shown by the story battery's training parts (web
pages ZC, ZE, ZF), each fixed by a general rule and tested here on reports written for these
tests: a case that must be reported and a control that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

# --- a flight to come is not the flight told ---------------------------------------------

_FLIGHT = ("The Kestrel rocket reached orbit on its {n} test flight on Thursday and landed its "
           "booster on a ship in the Atlantic, the company said. ")


def test_a_flight_to_come_is_not_numbered_against_the_flight_told():
    found = _rec(_FLIGHT.format(n="third"),
                 "Kestrel reached orbit on Thursday and brought its booster back to a ship. The "
                 "company has not said when the fourth flight will fly.")
    assert _values(found, "figure") == []
    found = _rec(_FLIGHT.format(n="third"),
                 "Kestrel reached orbit on Thursday. The next, fifth flight is planned for June.")
    assert _values(found, "figure") == []


def test_two_numberings_of_the_flight_told_still_disagree():
    found = _rec(_FLIGHT.format(n="third"), _FLIGHT.format(n="fourth"))
    assert _values(found, "figure") == [{"third test flight", "fourth test flight"}]


# --- "about an hour" rounds "about 58 minutes" -------------------------------------------

_SATS = ("Kestrel's upper stage released six satellites into a 520 km orbit {t} after launch, "
         "the company said.")


def test_about_an_hour_rounds_a_span_told_in_minutes():
    found = _rec(_SATS.format(t="about 58 minutes"), _SATS.format(t="about an hour"))
    assert _values(found, "figure") == []


def test_about_an_hour_is_not_forty_minutes():
    found = _rec(_SATS.format(t="about 40 minutes"), _SATS.format(t="about an hour"))
    assert _values(found, "figure") == [{"about 40 minutes", "about an hour"}]


# --- a time glossed in another zone is one moment ------------------------------------------


def test_a_time_glossed_in_brackets_is_the_one_moment_of_its_article():
    found = _rec("A joint statement, released at 6:30 p.m. local time (1630 GMT), said China "
                 "would keep suspending its export-licence rules on rare earth magnets.",
                 "The statement was published at 15:30 GMT on Tuesday, shortly after the two "
                 "delegations left the talks venue in the Norwegian capital.",
                 published="2025-10-21")
    assert _values(found, "time") == [{"at 15:30 GMT", "1630 GMT"}]
    found = _rec("A joint statement, released at 6:30 p.m. local time (1630 GMT), said China "
                 "would keep suspending its export-licence rules on rare earth magnets.",
                 "The statement was published at 16:30 GMT on Tuesday, shortly after the two "
                 "delegations left the talks venue in the Norwegian capital.",
                 published="2025-10-21")
    assert _values(found, "time") == []


# --- an end day written a digit off --------------------------------------------------------


def test_an_end_day_a_digit_off_in_the_same_month_disagrees():
    found = _rec("The truce will now run until 8 February, according to a joint statement.",
                 "Under the agreement, the pause now runs until Feb. 28, according to a joint "
                 "statement.", published="2025-10-21")
    assert _values(found, "date") == [{"8 February", "Feb. 28"}]
    # two ends three weeks apart, not a digit's slip: two windows, not one told two ways
    found = _rec("The truce will now run until 7 February, according to a joint statement.",
                 "Under the agreement, the pause now runs until Feb. 28, according to a joint "
                 "statement.", published="2025-10-21")
    assert _values(found, "date") == []
