"""How many more rate moves a central bank signals (``reconcile/projected_moves.py``), on
reports written for these tests: cases that must be reported and controls that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.reconcile.projected_moves import _horizon

_TWO_MORE = ("The Federal Reserve cut its benchmark interest rate by a quarter of a percentage "
             "point on Wednesday, to a range of 3.75% to 4%. Officials signaled two more cuts "
             "before the end of the year, according to their median projection. Chair Jerome "
             "Powell said the labour market had cooled.")


def _counts(*texts: str, published: list[str] | None = None) -> list[set[str]]:
    return [vs for vs in _values(_rec(*texts, published=published), "figure")
            if any("more" in v or "another" in v or "further" in v for v in vs)]


def test_two_outlets_counting_the_banks_further_cuts_differently_disagree():
    one_more = ("The Federal Reserve lowered its key rate by a quarter point on Wednesday to a "
                "range of 3.75% to 4%. The central bank's projections showed one more cut this "
                "year. Powell told reporters that the job market had softened.")
    assert any({"two more cuts", "one more cut"} <= vs for vs in _counts(_TWO_MORE, one_more))


def test_another_move_is_one_more_and_agrees_with_one_further():
    another = ("The Bank of England held rates at 4% on Thursday, and its guidance signalled "
               "another cut before the end of the year.")
    further = ("The Bank of England kept its main rate at 4% on Thursday. Policymakers indicated "
               "one further reduction this year.")
    assert not _counts(another, further)
    two = ("The Bank of England kept its main rate at 4% on Thursday. Policymakers indicated "
           "two further reductions this year.")
    assert any({"another cut", "two further reductions"} <= vs for vs in _counts(another, two))


def test_what_economists_expect_is_not_the_banks_outlook():
    economists = ("The Federal Reserve lowered its key rate by a quarter point on Wednesday to a "
                  "range of 3.75% to 4%. Economists expect one more cut this year, after the "
                  "bank's projections were published.")
    assert not _counts(_TWO_MORE, economists)


def test_a_hedged_count_or_a_possibility_is_not_compared():
    hedged = ("The Federal Reserve lowered its key rate by a quarter point on Wednesday. "
              "Officials signaled one or two more cuts this year.")
    at_least = ("The Federal Reserve lowered its key rate by a quarter point on Wednesday. "
                "Officials signaled at least one more cut this year.")
    possible = ("The Federal Reserve lowered its key rate by a quarter point on Wednesday. "
                "Officials signaled that one more cut this year was possible.")
    for other in (hedged, at_least, possible):
        assert not _counts(_TWO_MORE, other)


def test_other_horizons_other_directions_and_other_banks_are_not_compared():
    next_year = ("The Federal Reserve lowered its key rate by a quarter point on Wednesday. "
                 "Officials' projections showed one more cut next year.")
    rises = ("The Federal Reserve lowered its key rate by a quarter point on Wednesday. "
             "Officials signaled one more increase before the end of the year.")
    other_bank = ("The Hong Kong Monetary Authority cut its base rate in lockstep on Thursday. "
                  "The HKMA's guidance signaled one more cut this year.")
    for other in (next_year, rises):
        assert not _counts(_TWO_MORE, other)
    fed = _TWO_MORE.replace("Officials signaled", "Fed officials signaled")
    assert not _counts(fed, other_bank)


def test_a_year_named_is_read_against_the_reports_year():
    in_2025 = ("The Federal Reserve lowered its key rate by a quarter point on Wednesday. "
               "Officials' median projection penciled in one more cut in 2025.")
    in_2026 = in_2025.replace("2025", "2026")
    found = _counts(_TWO_MORE, in_2025, published=["2025-09-17", "2025-09-17"])
    assert any({"two more cuts", "one more cut"} <= vs for vs in found)
    assert not _counts(_TWO_MORE, in_2026, published=["2025-09-17", "2025-09-17"])


def test_horizons():
    assert _horizon("two more cuts before year-end", 2025) == "this year"
    assert _horizon("two more cuts in 2026", 2025) == "next year"
    assert _horizon("two more cuts over the next 12 months", 2025) == "the next 12 months"
    assert _horizon("two more cuts", 2025) == ""
    assert _horizon("two more cuts in the first half of 2026", 2025) is None
    assert _horizon("two more cuts in 2026", None) is None

