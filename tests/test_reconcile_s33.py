"""Issue 11, thirty-third session: readings real coverage (ECB+ development parts) showed
wrong, each on short reports written for these tests, with a control.
"""

from __future__ import annotations

from test_reconcile import reconcile_texts, reported_values

# ------------------------------------------------- a sum over several occasions, not one's

_ONE_RAID = ("During the operation, 8 outboard engines, 40 drums of fuel and about 300 litres "
             "of oil were found and seized, the officer said.")
_RUNNING_TOTAL = ("The patrol boat has seized a total of 19 outboard engines, 95 drums of fuel "
                  "and 900 litres of oil during the six operations it carried out there.")
_TOTAL_AS_THE_RAIDS = ("The patrol boat seized 19 outboard engines, 95 drums of fuel and 900 "
                       "litres of oil from the trawler, the spokesman said.")


def _engines(rec) -> list[dict[str, set[str]]]:
    return [{v.value: {c.outlet for c in v.citations} for v in d.values}
            for d in rec.discrepancies if "engines" in d.values[0].value and not d.held_back]


def test_a_running_total_is_not_one_raids_count():
    # Two outlets give the raid's count and the year's total; a third the raid's alone; a
    # fourth gives the total as the raid's. The conflict is the raid's count, told against
    # the fourth alone: the two who gave the total give no second value of the raid.
    rec = reconcile_texts(
        _ONE_RAID + " " + _RUNNING_TOTAL,
        _ONE_RAID + " " + _RUNNING_TOTAL.replace("has seized a total of", "has, thus far, seized"),
        _ONE_RAID, _TOTAL_AS_THE_RAIDS)
    assert _engines(rec) == [{"8 engines": {"Daily 0", "Daily 1", "Daily 2"},
                              "19 engines": {"Daily 3"}}]


def test_one_raids_count_against_another_is_still_compared():
    # control: no running total anywhere; the counts of the one raid differ
    rec = reconcile_texts(_ONE_RAID, _ONE_RAID.replace("8 outboard", "11 outboard"), _ONE_RAID)
    assert _engines(rec) == [{"8 engines": {"Daily 0", "Daily 2"}, "11 engines": {"Daily 1"}}]


def test_two_running_totals_agree_with_each_other():
    # control: the outlets giving the year's total give it alike; nothing conflicts
    rec = reconcile_texts(_ONE_RAID + " " + _RUNNING_TOTAL,
                          _ONE_RAID + " " + _RUNNING_TOTAL.replace("has seized", "seized"))
    assert not [v for v in reported_values(rec, "figure") if any("engines" in x for x in v)]
