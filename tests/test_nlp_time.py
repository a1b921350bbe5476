"""Time expressions: found in realistic news sentences and resolved to calendar values."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.nlp.time import extract_times, find_times
from storyline.records import Sentence

# A Wednesday, as news articles are often dated.
WED = dt.date(2025, 6, 11)


def one(text: str, ref: dt.date | None = WED, **kw):
    found = find_times(text, ref, **kw)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "granularity"),
    [
        ("The accord was signed on June 11, 2025 in Geneva.", "June 11, 2025", "2025-06-11", "day"),
        ("Parliament sat on 3 March 2024 for a late vote.", "3 March 2024", "2024-03-03", "day"),
        ("The filing is dated 2024-11-05.", "2024-11-05", "2024-11-05", "day"),
        ("Exports slumped in May 2025, customs data showed.", "May 2025", "2025-05", "month"),
        ("The merger closed in 2019 after a long review.", "2019", "2019", "year"),
        ("Factories reopened in April after the lockdown.", "April", "2025-04", "month"),
        ("Inflation eased last month, the agency said.", "last month", "2025-05", "month"),
        ("Lawmakers will return next year.", "next year", "2026", "year"),
        ("Shares fell yesterday in Tokyo.", "yesterday", "2025-06-10", "day"),
        ("Prices jumped earlier this month.", "earlier this month", "2025-06", "month"),
        ("The company hired him two weeks ago.", "two weeks ago", "2025-W22", "week"),
        ("Profit rose in the third quarter.", "the third quarter", "2024-Q3", "quarter"),
        ("The envoy visited Kyiv last week.", "last week", "2025-W23", "week"),
        ("Voters went to the polls in the 1990s.", "the 1990s", "199", "decade"),
        ("Rail fares will rise this summer.", "this summer", "2025-SU", "season"),
    ],
)
def test_dates_are_resolved_against_the_publication_date(sentence, span, value, granularity):
    t = one(sentence)
    assert (t.text, t.type, t.value, t.granularity) == (span, "DATE", value, granularity)


def test_bare_weekday_in_past_tense_is_the_most_recent_such_day():
    t = one("A federal appeals court on Tuesday allowed the levies to stay in place.")
    assert t.value == "2025-06-10"


def test_weekday_with_future_verb_is_the_coming_one():
    assert one("The finance ministers will meet on Friday in Rome.").value == "2025-06-13"
    assert one("On Friday, the ministers will meet in Rome.").value == "2025-06-13"


def test_reported_speech_about_a_future_event_keeps_the_past_weekday():
    times = find_times("The ministry said on Monday that it will publish the data.", WED)
    assert [(t.text, t.value) for t in times] == [("Monday", "2025-06-09")]


def test_last_and_next_weekday():
    assert one("He spoke to reporters last Tuesday.").value == "2025-06-10"
    assert one("She will travel to Ottawa next Tuesday.").value == "2025-06-17"


def test_weekday_with_date_in_parentheses_is_one_expression():
    t = one("State media reported Wednesday (June, 11) that talks had ended.", dt.date(2025, 6, 11))
    assert (t.text, t.value) == ("Wednesday (June, 11)", "2025-06-11")


def test_comma_after_month_without_weekday_is_not_a_day():
    times = find_times("In May, 12 people died in floods.", WED)
    assert [(t.text, t.value) for t in times] == [("May", "2025-05")]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The truce suspends tariffs for 90 days.", "90 days", "P90D"),
        ("It agreed a 90-day pause on new duties.", "90-day", "P90D"),
        ("Negotiators met for two days in London.", "two days", "P2D"),
        ("The strike lasted six months.", "six months", "P6M"),
        ("The rescue took more than four hours.", "more than four hours", "PT4H"),
        ("Growth has slowed over the past five years.", "the past five years", "P5Y"),
    ],
)
def test_durations_are_kept_apart_from_dates(sentence, span, value):
    t = one(sentence)
    assert (t.text, t.type, t.value) == (span, "DURATION", value)


def test_ranges_are_one_expression_with_an_end():
    t = one("The ceasefire held from May to July 2024.")
    assert (t.type, t.value, t.end_value) == ("DATE", "2024-05", "2024-07")
    t = one("Output doubled between 2019 and 2021.")
    assert (t.value, t.end_value) == ("2019", "2021")


def test_ranges_can_be_kept_as_two_expressions():
    times = find_times("The ceasefire held from May to July 2024.", WED, ranges=False)
    assert [t.text for t in times] == ["May", "July 2024"]


def test_recurring_times_are_sets():
    assert (one("Talks are held every week.").type, one("Talks are held every week.").value) == (
        "SET",
        "P1W",
    )
    t = one("The fund pays out twice a year.")
    assert (t.type, t.value) == ("SET", "P1Y")
    assert one("Figures are published quarterly.").type == "SET"


def test_clock_times_are_times_on_the_reference_day():
    t = one("The polls close at 3 p.m. in the capital.")
    assert (t.type, t.value, t.granularity) == ("TIME", "2025-06-11T15:00", "time")
    t = one("The vote is scheduled for Thursday night.")
    assert (t.type, t.value) == ("TIME", "2025-06-12TNI")


def test_without_reference_relative_expressions_are_kept_without_value():
    times = find_times("Officials met on Tuesday and again last month, in 2019.", None)
    assert [(t.text, t.value) for t in times] == [
        ("Tuesday", None),
        ("last month", None),
        ("2019", "2019"),
    ]
    assert times[0].note and "no reference" in times[0].note


def test_inferred_reference_is_propagated_to_relative_values():
    times = find_times("The court ruled on Tuesday; the treaty dates from 1994.", WED,
                       reference_inferred=True)
    tuesday, year = times
    assert tuesday.inferred and "2025-06-11" in tuesday.note and "inferred" in tuesday.note
    assert not year.inferred and year.note is None


def test_numbers_that_are_not_years_are_not_dates():
    text = "The plant employs 1999 workers and the index closed at 2048 points, up 2020%."
    assert find_times(text, WED) == []


def test_each_expression_carries_its_sentence_index():
    text = "Markets rose on Monday. Analysts expect gains next week."
    sentences = [Sentence(0, 0, 23, text[:23]), Sentence(1, 24, len(text), text[24:])]
    times = extract_times(text, sentences, WED)
    assert [(t.text, t.sentence) for t in times] == [("Monday", 0), ("next week", 1)]
    assert text[times[1].start : times[1].end] == "next week"


def test_anaphoric_expressions_follow_the_last_mentioned_date():
    text = "The plant opened in March 2019. A year earlier, the site was a farm."
    _, earlier = find_times(text, WED)
    assert (earlier.text, earlier.value) == ("A year earlier", "2018-03")
    text = "The treaty was signed on May 4, 1998. The following year, trade doubled."
    assert find_times(text, WED)[1].value == "1999"
    text = "Riots broke out on Oct. 12, 2019. Police arrested 40 people that day."
    assert find_times(text, WED)[1].value == "2019-10-12"


def test_anaphora_without_an_anchor_falls_back_to_the_reference_date():
    assert one("A year earlier, the site was a farm.").value == "2024"


def test_quarter_reports():
    text = "Profit fell in the third quarter of 2024. In the year-ago quarter, it rose."
    assert [t.value for t in find_times(text, WED)] == ["2024-Q3", "2023-Q3"]
    assert one("Revenue rose 4% in the latest quarter.").value == "2025-Q1"


def test_holidays_are_dates():
    assert one("Shops reopened after Christmas.", dt.date(2026, 1, 5)).value == "2025-12-25"
    assert one("Turkey prices peaked before Thanksgiving 2024.").value == "2024-11-28"
    assert one("Crowds gathered on Easter Sunday.", dt.date(2025, 4, 22)).value == "2025-04-20"


def test_ages_are_not_durations():
    assert find_times("A 52-year-old engineer and his six-year-old son were rescued.", WED) == []
    assert find_times("The driver, who is 40 years old, was unhurt.", WED) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The trial lasted 2 1/2 years.", "P2Y6M"),
        ("Rescuers searched for 5 1/2 hours.", "PT5H30M"),
        ("Inflation has been low for two decades.", "P20Y"),
    ],
)
def test_duration_values_use_timeml_units(sentence, value):
    assert one(sentence).value == value


def test_spoken_years_and_decade_words():
    assert one("The law was passed in nineteen ninety-six.").value == "1996"
    assert one("Crime fell through the nineties.").value == "199"


def test_day_ranges_split_into_timeml_parts_on_request():
    t = one("The summit will be held on April 24 and 25.")
    assert (t.value, t.end_value) == ("2025-04-24", "2025-04-25")
    parts = find_times("The summit will be held on April 24 and 25.", WED, ranges=False)
    assert [(p.text, p.value) for p in parts] == [("April 24", "2025-04-24"), ("25", "2025-04-25")]


def test_year_end_and_period_end():
    assert one("The deal should close by year-end.").value == "2025"
    assert one("Troops will arrive by the end of the month.").value == "2025-06"


def test_utc_clock_times_carry_z_and_ordinal_second_is_no_duration():
    assert one("Trading halted at 14:48 UTC.").value == "2025-06-11T14:48Z"
    assert find_times("She won a second term in the vote.", WED) == []


def test_durations_with_an_adjective_and_day_first_numeric_dates():
    assert one("Stocks fell for three straight days.").value == "P3D"
    assert one("The court sits for two more weeks.").value == "P2W"
    assert one("The notice is dated 22/03/2013.").value == "2013-03-22"
    assert one("The notice is dated 10/26/89.").value == "1989-10-26"


def test_clock_times_with_a_part_of_day_or_o_clock():
    assert one("The blast was heard at 3:30 in the afternoon.").value == "2025-06-11T15:30"
    assert one("Polls close at eight o'clock.").value == "2025-06-11T08:00"
    assert one("The ferry left at 11 at night.").value == "2025-06-11T23:00"
    assert find_times("Two of the ten in the morning shift walked out.", WED) == []


def test_half_units_after_the_unit():
    assert one("The inquiry took a year and a half.").value == "P1Y6M"
    assert one("Firefighters needed an hour and a half to reach her.").value == "PT1H30M"
    assert one("The pilot radioed a minute and a half later.").value == "PT1M30S"


def test_the_week_of_a_day_is_that_calendar_week():
    t = one("The hearing was moved to the week of March 6, 2023.")
    assert (t.text, t.value, t.granularity) == ("the week of March 6, 2023", "2023-W10", "week")


def test_years_before_a_verb_or_after_a_possessive_are_years():
    assert one("2019 was the hottest year on record.").value == "2019"
    assert one("The company's 2024 results disappointed investors.").value == "2024"
    assert find_times("The mill employs 1999 workers.", WED) == []


def test_reporting_periods_in_earnings_news():
    # the latest quarter is a completed one, even after a date in the current quarter
    text = "On Nov. 2, the insurer said profit fell 12% in the latest quarter."
    assert find_times(text, dt.date(2025, 11, 3))[1].value == "2025-Q3"
    # "the quarter ended July 31" covers May to July
    text = "The retailer earned $4 million in the quarter ended July 31."
    assert find_times(text, WED)[0].value == "2025-Q2"
    # "the 2024 quarter" is the quarter being reported, a year apart
    text = "Sales rose in the third quarter, after a loss in the 2024 quarter."
    assert [t.value for t in find_times(text, dt.date(2025, 10, 20))] == ["2025-Q3", "2024-Q3"]


def test_year_of_a_month_follows_a_future_verb_or_a_preposition():
    feb, oct_ = dt.date(2025, 2, 13), dt.date(2025, 10, 20)
    assert one("The airline will double its flights to Delhi by August.", feb).value == "2025-08"
    assert one("The three states are expected to join in April.", dt.date(2025, 12, 5)).value == (
        "2026-04"
    )
    assert one("Membership has grown steadily since November.", oct_).value == "2024-11"
    # without a cue, the nearest: "payable Nov. 15" in October is this year's
    assert one("The board declared a dividend, payable Nov. 15.", oct_).value == "2025-11-15"
    # a future clause may still name a month just gone
    assert one("The agency will publish revised figures for May.").value == "2025-05"


def test_month_abbreviations_without_a_dot_are_read_beside_a_day() -> None:
    ref = dt.date(2012, 1, 1)
    for text, value in [
        ("The cable off the coast was cut on Aug 18, 2011, the operator said.", "2011-08-18"),
        ("Updated 18 Aug 2011 by the desk.", "2011-08-18"),
        ("Sep 19 2012: the outage ends.", "2012-09-19"),
    ]:
        assert [t.value for t in find_times(text, ref)] == [value], text
    # Alone, the same letters are names, not months.
    assert find_times("Guests at Mar-a-Lago met Jan Smit in the Oct room.", ref) == []


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The blast shook the harbour at 21.30 local time.", "21.30", "2025-06-11T21:30"),
        ("Polls close at 22.00 BST in every ward.", "22.00 BST", "2025-06-11T22:00"),
        ("Kick-off was moved to 19.45 GMT after the storm.", "19.45 GMT", "2025-06-11T19:45Z"),
        ("The convoy left the depot at 06.15 hrs.", "06.15", "2025-06-11T06:15"),
    ],
)
def test_a_dotted_24_hour_time_with_a_time_marker_is_read(sentence, span, value):
    hit = one(sentence)
    assert (hit.text, hit.value, hit.type) == (span, value, "TIME")


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares in the brewer closed at 21.30 on the day.",  # a price
        "The score stood at 21.30 after the first session.",
        "Unemployment was 5.30 percent in May.",
        "The fund fell 3.45 ET-style points.",
    ],
)
def test_a_dotted_number_without_a_time_marker_is_no_time(sentence):
    assert not [t for t in find_times(sentence, WED) if t.type == "TIME"]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The vote was held on 14/2 after a long debate.", "14/2", "2025-02-14"),
        ("The hearing is set for Tuesday 25/3 in Leeds.", "Tuesday 25/3", "2025-03-25"),
        ("The depot shut on 3/28 for repairs.", "3/28", "2025-03-28"),
    ],
)
def test_a_yearless_numeric_date_is_read_when_a_day_over_12_fixes_the_order(
    sentence, span, value
):
    hit = one(sentence)
    assert (hit.text, hit.value) == (span, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said on 3/12 that two men were held.",  # 3 December or March 12
        "He scored 25/3 in the match.",  # no date cue
        "The team won 3/25 of its games.",
        "Turnout rose on 14/2 percent of the rolls.",
    ],
)
def test_an_ambiguous_or_uncued_fraction_is_no_date(sentence):
    assert not [t for t in find_times(sentence, WED) if "/" in t.text]
