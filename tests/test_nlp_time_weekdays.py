"""Weekday names resolved against the publication date: the day itself, the week around it,
and which way the tense of the sentence points."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.nlp.time import find_times

# Published on a Wednesday.
WED = dt.date(2026, 10, 7)


def values(text: str, ref: dt.date = WED) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, ref)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Negotiators resumed talks on Wednesday after a pause.",
        "The health ministry said on Wednesday that cases had fallen.",
        "Wednesday's vote was delayed by a procedural row.",
        "Union leaders will meet the minister on Wednesday.",
        "Fire crews are still at the scene on Wednesday.",
    ],
)
def test_weekday_of_publication_is_the_publication_day(sentence):
    assert values(sentence) == [("Wednesday", "2026-10-07")]


def test_part_of_day_on_the_publication_weekday_stays_on_that_day():
    assert values("The council met Wednesday morning to approve the budget.") == [
        ("Wednesday morning", "2026-10-07TMO")
    ]
    assert values("Ferries will stop running on Wednesday night.") == [
        ("Wednesday night", "2026-10-07TNI")
    ]


def test_last_and_next_weekday_of_publication_move_a_week():
    assert values("The lender cut its rates last Wednesday.") == [("last Wednesday", "2026-09-30")]
    assert values("The jury returns next Wednesday.") == [("next Wednesday", "2026-10-14")]


def test_part_of_day_attached_to_an_earlier_weekday():
    assert values("Rescuers reached the village Tuesday morning.") == [
        ("Tuesday morning", "2026-10-06TMO")
    ]
    assert values("The storm made landfall on Monday night.") == [
        ("Monday night", "2026-10-05TNI")
    ]
    assert values("The bill cleared the upper house late on Monday.") == [("Monday", "2026-10-05")]


def test_this_week_and_earlier_this_week_are_the_publication_week():
    assert values("Oil prices have climbed this week.") == [("this week", "2026-W41")]
    assert values("Earlier this week, the regulator fined two banks.") == [
        ("Earlier this week", "2026-W41")
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The finance ministers will meet on Thursday in Lisbon.", "2026-10-08"),
        ("The central bank is expected to announce its decision on Thursday.", "2026-10-08"),
        ("The finance ministers met on Thursday in Lisbon.", "2026-10-01"),
        # the verb of saying dates the report, not the meeting
        ("The ministers will meet on Thursday, officials said.", "2026-10-08"),
        # a deadline lies ahead; a past perfect "until" does not
        ("The court gave the parties until Friday to file their briefs.", "2026-10-09"),
        ("Until Friday, the police had not named a suspect.", "2026-10-02"),
        # a plan that had been due is a past one
        ("The offer had been due to expire on Friday.", "2026-10-02"),
    ],
)
def test_the_tense_of_the_clause_picks_the_direction_of_another_weekday(sentence, value):
    days = [v for text, v in values(sentence) if text.endswith("day")]
    assert days == [value]


def test_a_name_ending_in_ed_is_no_past_tense_verb():
    # "United" is not a verb: "would be travelling" makes Thursday the coming one
    text = "The delegation would be travelling to the United States Thursday."
    assert values(text) == [("Thursday", "2026-10-08")]


def test_clock_time_before_a_deadline_weekday_is_on_the_coming_day():
    text = "Officials extended the deadline until 9 a.m. Tuesday, a spokeswoman said."
    assert values(text) == [("9 a.m. Tuesday", "2026-10-13T09:00")]


def test_a_relation_word_on_the_line_before_does_not_move_the_weekday():
    text = "Markets: the week in review, and what comes next\nWednesday morning trading was calm."
    assert values(text)[-1] == ("Wednesday morning", "2026-10-07TMO")


def test_the_previous_and_the_following_weekday_count_from_the_day_just_mentioned():
    text = "The index closed at 4,210 on Friday, down 3% from the previous Friday."
    assert values(text) == [("Friday", "2026-10-02"), ("the previous Friday", "2026-09-25")]
    text = "The panel met on March 3, 2025 and published its report the following Monday."
    assert values(text)[-1] == ("the following Monday", "2025-03-10")


def test_until_in_a_story_of_what_lasted_is_past():
    text = "The blaze stayed small until Saturday, when gusts drove it downhill."
    assert values(text) == [("Saturday", "2026-10-03")]
