"""Disagreements missed on real coverage, the recall round of issue 11 (engineer R): each
class on short reports written for these tests, with a control that the look-alike
non-conflict is left alone.

A length measured from one named place ("1,500 kilometers south of Tehran" / "1,150
kilometers southeast of Tehran"); a month against a day outside it ("in July 1973" / "On
June 27, 1973" for one plea); a year closing one of two alike sentences, anchored by an
equal sum ("sold for $30 million in 1967." / "… in 1957, using …"); a sum per season
beside a total in one sentence; spans in seconds against spans in minutes.
"""

from __future__ import annotations

from test_reconcile import make, story_of
from test_reconcile import values_of as _values

from storyline.evaluate.discrepancies import values_match
from storyline.reconcile import ReconcileOptions, reconcile


def _km(text: str, value: float) -> dict:
    return {"text": text, "value": value, "unit": "kilometers", "kind": "count",
            "about": "kilometers"}


# ------------------------------------------------------------------ distances


def test_two_lengths_from_one_named_place_are_one_distance():
    places = [("Qeshm", "GPE"), ("Tehran", "GPE")]
    a = make("The quake shook Qeshm, an island 1,500 kilometers south of Tehran, on Sunday.",
             "Daily A", figures=[_km("1,500 kilometers", 1500)], entities=places)
    b = make("Qeshm, located 1,150 kilometers southeast of Tehran, has a busy fishing port.",
             "Daily B", figures=[_km("1,150 kilometers", 1150)], entities=places)
    assert _values(reconcile(*story_of([a, b])), "figure") == [
        {"1,500 kilometers", "1,150 kilometers"}]
    # control: without the one-place rule (nor R4's measure keys, which also find it: one
    # value per article beside "Tehran") the unlike sentences are not compared
    off = ReconcileOptions(distance_same_place=1.01, key_ratio=1.0)
    assert not _values(reconcile(*story_of([a, b]), options=off), "figure")


def test_lengths_from_one_place_of_another_located_town_are_no_conflict():
    places = [("Qeshm", "GPE"), ("Tehran", "GPE"), ("Zarand", "GPE")]
    a = make("The quake shook Qeshm, an island 1,500 kilometers south of Tehran, on Sunday.",
             "Daily A", figures=[_km("1,500 kilometers", 1500)], entities=places)
    # control: the other sentence locates a town the first article never names
    c = make("An earlier quake hit Zarand, 1,150 kilometers southeast of Tehran.", "Daily C",
             figures=[_km("1,150 kilometers", 1150)], entities=places)
    assert not _values(reconcile(*story_of([a, c])), "figure")
    # control: far apart lengths from one place are more likely two located things
    d = make("Qeshm, located 400 kilometers south of Tehran, has a busy port.", "Daily D",
             figures=[_km("400 kilometers", 400)], entities=places)
    assert not _values(reconcile(*story_of([a, d])), "figure")


# ------------------------------------------------------------------ months against days


def _plea(text: str, outlet: str, date_text: str, value: str) -> tuple:
    return make(text, outlet, times=[{"text": date_text, "value": value,
                                      "granularity": "day" if len(value) == 10 else "month"}])


def test_a_month_against_a_day_outside_it_for_one_plea_is_a_date_conflict():
    a = _plea("Mr. Lane pleaded guilty to obstruction of justice in July 1973.", "Daily A",
              "July 1973", "1973-07")
    b = _plea("On June 27, 1973, he pleaded guilty to one charge of conspiring to obstruct "
              "justice.", "Daily B", "June 27, 1973", "1973-06-27")
    found = _values(reconcile(*story_of([a, b])), "date")
    assert len(found) == 1
    assert any(values_match(v, "June 27, 1973") for v in found[0])
    assert any(values_match(v, "July 1973") for v in found[0])


def test_a_day_inside_the_month_is_only_more_precise():
    a = _plea("Mr. Lane pleaded guilty to obstruction of justice in July 1973.", "Daily A",
              "July 1973", "1973-07")
    c = _plea("On July 2, 1973, he pleaded guilty to one charge of conspiring to obstruct "
              "justice.", "Daily C", "July 2, 1973", "1973-07-02")
    assert not _values(reconcile(*story_of([a, c])), "date")


def test_a_month_read_from_a_relative_word_or_a_part_of_a_month_is_not_compared():
    b = _plea("On June 27, 1973, he pleaded guilty to one charge of conspiring to obstruct "
              "justice.", "Daily B", "June 27, 1973", "1973-06-27")
    for text, value in (("last month", "1973-07"), ("early July 1973", "1973-07")):
        c = _plea(f"Mr. Lane pleaded guilty to obstruction of justice {text}.", "Daily C",
                  text, value)
        assert not _values(reconcile(*story_of([b, c])), "date"), text


# ------------------------------------------------------------------ a year closing a sentence


def test_a_year_closing_one_of_two_alike_sentences_anchored_by_an_equal_sum():
    a = make("The family sold the Bolton oil field for a reported $30 million in 1957, "
             "using the money to back candidates.", "Daily A")
    b = make("The Bolton oil field was sold by the family for $30 million in 1967.", "Daily B")
    found = _values(reconcile(*story_of([a, b])), "date")
    assert len(found) == 1 and len(found[0]) == 2
    assert all(any(values_match(v, year) for v in found[0]) for year in ("1957", "1967"))
    # control: the sums differ too, so nothing lines the two years up as one slot
    c = make("The Bolton oil field was sold by the family for $40 million in 1967.", "Daily C")
    assert not _values(reconcile(*story_of([a, c])), "date")


# ------------------------------------------------------------------ sums per period


def _usd(text: str, value: float, about: str | None, bound: str = "=") -> dict:
    return {"text": text, "value": value, "unit": "USD", "kind": "money", "about": about,
            "bound": bound}


def test_a_sum_per_season_beside_a_total_is_compared_with_another_per_season():
    a = make("The club offered him an eight-year deal worth $184 million, or $23 million "
             "per season.", "Daily A",
             figures=[_usd("$184 million", 184e6, "deal"), _usd("$23 million", 23e6, "deal")])
    b = make("He still has an eight-year offer from the club on the table, worth roughly "
             "$22 million per season.", "Daily B",
             figures=[_usd("roughly $22 million", 22e6, "offer", "~")])
    assert _values(reconcile(*story_of([a, b])), "figure") == [
        {"$23 million", "about $22 million"}]


def test_a_sum_per_season_is_not_set_against_a_total():
    a = make("The club offered him an eight-year deal worth $184 million, or $23 million "
             "per season.", "Daily A",
             figures=[_usd("$184 million", 184e6, "deal"), _usd("$23 million", 23e6, "deal")])
    # control: the other outlet gives the same total only; the sum per season stands alone
    c = make("He still has an eight-year offer from the club on the table, worth $184 "
             "million in all.", "Daily C", figures=[_usd("$184 million", 184e6, "offer")])
    assert not _values(reconcile(*story_of([a, c])), "figure")


# ------------------------------------------------------------------ seconds and minutes


def _span(text: str, value: float, unit: str) -> dict:
    return {"text": text, "value": value, "unit": unit, "kind": "duration", "about": "tremor"}


def test_a_span_in_seconds_against_one_in_minutes():
    a = make("Office workers said the tremor lasted 90 seconds in the business district.",
             "Daily A", figures=[_span("90 seconds", 90, "second")])
    b = make("Office workers said the tremor lasted two minutes in the business district.",
             "Daily B", figures=[_span("two minutes", 2, "minute")])
    assert _values(reconcile(*story_of([a, b])), "figure") == [{"90 seconds", "two minutes"}]
    # control: 120 seconds are two minutes
    c = make("Office workers said the tremor lasted 120 seconds in the business district.",
             "Daily C", figures=[_span("120 seconds", 120, "second")])
    assert not _values(reconcile(*story_of([c, b])), "figure")


# ------------------------------------------------------------------ weights


def _lb(text: str, value: float, bound: str = "=") -> dict:
    return {"text": text, "value": value, "unit": "pounds", "kind": "count",
            "about": "pounds", "bound": bound}


def test_a_weight_stated_once_per_article_is_one_quantity_in_unlike_sentences():
    a = make("He is five feet eight inches tall, weighing 130 pounds, with a shaved head.",
             "Daily A", figures=[_lb("130 pounds", 130)])
    b = make("Deputies said the gang member known as Sepy wore tattoos on his forehead and "
             "was 135 pounds.", "Daily B", figures=[_lb("135 pounds", 135)])
    assert _values(reconcile(*story_of([a, b])), "figure") == [{"130 pounds", "135 pounds"}]
    # control: a weight given as an estimate is rounded, not compared across unlike sentences
    c = make("Deputies said the gang member known as Sepy wore tattoos on his forehead and "
             "was about 135 pounds.", "Daily C", figures=[_lb("about 135 pounds", 135, "~")])
    assert not _values(reconcile(*story_of([a, c])), "figure")
