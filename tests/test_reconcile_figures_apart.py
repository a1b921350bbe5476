"""Issue 11, precision of figures: two values told of two happenings are no conflict
(storyline/reconcile/apart.py and the rules it feeds in figures, tallies and statements).
Short reports written for these tests; each false class with a control that a real
conflict is still reported."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.reconcile.apart import scorelines


def _figures(*texts: str, published: tuple[str, ...] | None = None) -> list[set[str]]:
    return _values(_rec(*texts, published=published), "figure")


def _numbers(found: list[set[str]]) -> list[set[str]]:
    """Each report's values, only the digits ("about 10 killed" -> "10")."""
    return [{"".join(c for c in v if c.isdigit()) for v in d} for d in found]


def test_scores_and_records_are_read_ranges_and_models_are_not():
    assert scorelines("Ruiz kicked a field goal for a 13-3 halftime lead.") == {"13-3"}
    assert scorelines("Kovac (38-2, 31 knockouts) won again.") == {"38-2"}
    assert scorelines("The Owls are 45-7-2 this season.") == {"45-7-2"}
    for text in ("Between 20-30 people were hurt.", "six AK-47 rifles", "a 10-year-old girl",
                 "the 2008-09 season", "call 555-1234"):
        assert not scorelines(text), text


def test_one_telling_dated_apart_sets_two_values_apart():
    saturday = "The coast guard said it detained 23 smugglers near the northern reef on Saturday."
    headline = "Coast guard detains 26 smugglers near the northern reef after a chase."
    march = "In March a coast guard cutter detained 26 smugglers near the northern reef."
    # the headline names no day, but the other outlet giving 26 says March: two raids
    assert {"23", "26"} not in _numbers(_figures(saturday, headline, march))
    # control: no outlet dates the 26 apart: one raid counted two ways
    undated = "A coast guard cutter detained 26 smugglers near the northern reef after a chase."
    assert {"23", "26"} in _numbers(_figures(saturday, headline, undated))


def test_weekdays_of_one_week_do_not_set_values_apart():
    # one deal's talks and its announcement fall on two days of one week
    talks = "Negotiators met in Geneva on Saturday and agreed to cut tariffs to 30% for 90 days."
    announced = ("The deal announced on Monday in Geneva cuts US tariffs on Chinese goods to "
                 "35% for 90 days.")
    plain = "Under the Geneva agreement, US tariffs on Chinese goods fall to 30% for 90 days."
    assert {"30", "35"} in _numbers(_figures(talks, announced, plain))


def test_lengths_told_at_two_scores_are_two_plays():
    tied = "Ruiz kicked a 45-yard field goal to tie the game at 24-24 against the Owls."
    halftime = "Ruiz kicked a 36-yard field goal for a 13-3 halftime lead against the Owls."
    assert not _figures(tied, halftime)
    # control: one score, two lengths of the kick
    other = "Ruiz kicked a 41-yard field goal to tie the game at 24-24 against the Owls."
    assert {"45", "41"} in _numbers(_figures(tied, other))


def test_counts_of_two_records_are_two_moments_of_a_career():
    now = "Kovac, 41-2 with 35 knockouts, stopped the challenger in the sixth round in Bern."
    then = "Kovac (38-2, 31 knockouts) stopped the challenger in the ninth round in Bern."
    assert not _figures(now, then)
    # control: one record, two counts of knockouts
    slip = "Kovac, 41-2 with 33 knockouts, stopped the challenger in the sixth round in Bern."
    assert {"35", "33"} in _numbers(_figures(now, slip))


def test_ages_of_two_men_described_only_as_men_are_two_people():
    suspect = "A 61-year-old man was charged with murder after the shooting at the warehouse."
    caller = ("A 50-year-old man from a nearby town tipped off police after hearing a "
              "description of the car on the radio.")
    assert not _figures(suspect, caller)
    # control: the same man, charged, in alike sentences
    other = "A 58-year-old man was charged with murder after the shooting at the warehouse."
    assert {"61", "58"} in _numbers(_figures(suspect, other))


def test_two_rounded_lengths_that_can_both_hold_are_no_conflict():
    some = "The island lies some 930 miles south of the capital, officials said."
    about = "The island lies about 940 miles south of the capital, officials said."
    assert not _figures(some, about)
    # control: too far apart for rounding
    far = "The island lies about 990 miles south of the capital, officials said."
    assert {"930", "990"} in _numbers(_figures(some, far))


def test_a_sum_dated_a_season_earlier_is_another_deal():
    friday = ("On Friday, outfielder Tomas Reyes signed a three-year, $31.5 million contract "
              "with the Harbour Hawks.")
    winter = ("Last winter the Harbour Hawks re-signed Leo Brandt to a three-year, $37.5 "
              "million contract.")
    assert not _figures(friday, winter)
    # control: the same signing, two sums
    other = ("On Friday, outfielder Tomas Reyes signed a three-year, $33.5 million contract "
             "with the Harbour Hawks.")
    assert {"315", "335"} in _numbers(_figures(friday, other))


def test_a_toll_dated_in_another_month_is_another_quake():
    sunday = "A strong quake struck the southern coast on Sunday, killing at least 10 people."
    plain = "A strong quake hit the southern coast, killing at least 10 people and injuring dozens."
    september = ("A quake of similar strength struck the same southern coast in September, "
                 "killing at least seven people.")
    assert {"10", "7"} not in _numbers(_figures(sunday, plain, september))
    # control: the third outlet's toll is of this quake
    seven = "A strong quake hit the southern coast, killing at least seven people on Sunday."
    assert {"10", "7"} in _numbers(_figures(plain, seven))


def test_tellings_a_day_apart_are_one_happening_dated_two_ways():
    # a day apart is one outlet's slip or two time zones (a date conflict), not two
    # happenings: the tariff's two rates still conflict
    wednesday = "The tariffs of up to 18.4% were printed in the official gazette on Wednesday."
    thursday = "The tariffs, of up to 19.4%, were printed in the official gazette on Thursday."
    confirmed = "On Thursday the ministry confirmed tariffs of up to 18.4% on imported bicycles."
    assert {"184", "194"} in _numbers(_figures(wednesday, thursday, confirmed))


def _dated(*texts_and_dates: tuple[str, str]) -> list[set[str]]:
    """Figure reports of one story of short reports, each with its publication date."""
    texts, dates = zip(*texts_and_dates, strict=True)
    return _figures(*texts, published=dates)


def test_a_moving_number_in_reports_weeks_apart_is_two_moments():
    early = ("Shares of Orchard Foods have risen 12% so far this year, the exchange said.",
             "2026-03-02")
    late = ("Shares of Orchard Foods have risen 31% so far this year, the exchange said.",
            "2026-04-20")
    assert not _dated(early, late)
    # control: a fact of one moment, retold weeks later with another number
    fined = ("The regulator fined Orchard Foods $2.1 million over the recall in January.",
             "2026-03-02")
    retold = ("The regulator fined Orchard Foods $2.4 million over the recall in January.",
              "2026-04-20")
    assert {"21", "24"} in _numbers(_dated(fined, retold))


def test_a_rise_and_a_fall_are_two_moves():
    rise = "The Harbour index rose in value by 3.1% at the close, traders said."
    fall = "The Harbour index was down 3.8% at the close, traders said."
    assert not _figures(rise, fall)
    # control: two falls of one day, told differently
    drop = "The Harbour index fell 3.1% at the close, traders said."
    assert {"31", "38"} in _numbers(_figures(drop, fall))


def test_a_magnitude_written_before_its_number_is_a_magnitude():
    # "the magnitude 7.7 quake" was read as 7.7 quakes and never met "7.9-magnitude"
    first = "The magnitude 7.7 quake struck at 12:50 p.m. local time near Korvan."
    second = "The 7.9-magnitude earthquake struck near Korvan shortly before 1 p.m."
    assert {"77", "79"} in _numbers(_figures(first, second))
    # controls: an aftershock's magnitude, and an earlier quake's recalled in the background
    after = "A strong aftershock of magnitude 6.4 hit near Korvan 12 minutes later."
    assert {"77", "64"} not in _numbers(_figures(first, after))
    earlier = ("In February, a quake measuring 7.2 on the Richter scale hit near Korvan, "
               "killing dozens.")
    assert {"77", "72"} not in _numbers(_figures(first, earlier))
