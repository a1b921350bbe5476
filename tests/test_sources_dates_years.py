"""Years of weekday-named dates in headerless articles (no year, no publication date)."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.sources.dates import find_dates, infer_publication_date, year_for_weekday


def test_a_named_date_one_day_ahead_of_the_reader_keeps_this_year() -> None:
    # Published in a time zone already on 11 June, read on 10 June: not 11 June 2014.
    found = infer_publication_date(
        "Ministers said on Wednesday, June 11 that the ferry route would reopen.", date(2025, 6, 10)
    )
    assert found is not None and found.value == "2025-06-11"


def test_an_announced_day_ahead_is_no_publication_date_of_years_ago() -> None:
    # 17 June 2025 is a Tuesday five days ahead; the latest Tuesday 17 June before is in 2014.
    text = "The council said talks on the depot resume on Tuesday, June 17 in Leeds."
    assert infer_publication_date(text, date(2025, 6, 12)) is None
    assert find_dates(text, date(2025, 6, 12)) == []


def test_a_recent_weekday_named_date_gets_its_year() -> None:
    found = infer_publication_date(
        "Police said on Tuesday, June 10 that two men had been charged.", date(2025, 6, 12)
    )
    assert found is not None and found.value == "2025-06-10"
    assert found.note and "2025" in found.note


def test_a_yearless_dateline_with_a_weekday_only_in_the_body_stays_undated() -> None:
    # 4 March is a Monday in 2024, but "on Monday" is as likely 3 March 2025, the day before.
    text = "LEEDS, March 4 (Wire) - The council voted on Monday to close the bus depot."
    assert infer_publication_date(text, date(2026, 12, 4)) is None


def test_a_yearless_dateline_still_takes_the_year_of_a_nearby_full_date() -> None:
    text = (
        "LEEDS, March 4 (Wire) - The council voted on Monday to close the depot. The "
        "consultation closed on February 27, 2025."
    )
    found = infer_publication_date(text, date(2026, 12, 4))
    assert found is not None and found.value == "2025-03-04"


@pytest.mark.parametrize(
    ("month", "day", "weekday", "not_after", "year"),
    [
        (6, 11, 2, date(2025, 6, 11), 2025),  # the day itself
        (6, 11, 2, date(2025, 6, 10), 2014),  # the plain calendar fact, no slack inside
        (2, 29, 3, date(2026, 12, 5), 2024),  # a leap day
        (4, 31, 0, date(2026, 12, 5), None),  # no such day
    ],
)
def test_year_for_weekday_is_the_latest_fitting_year(
    month: int, day: int, weekday: int, not_after: date, year: int | None
) -> None:
    assert year_for_weekday(month, day, weekday, not_after) == year
