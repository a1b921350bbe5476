"""Issue 11, recall of details: closed classes of two-word members
(storyline/reconcile/attributes.py) — the instrument a head of government signed (an
executive order, a memorandum, a proclamation) and the level of a tsunami alert (a warning,
an advisory, a watch). Short reports written for these tests, with must-report and
must-not-report halves."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

_ORDER = ("The president signed an executive order on Thursday raising duties on imported "
          "copper wire to 40%, the White House said.")
_PROCLAMATION = ("Duties on imported copper wire will rise to 40% under a proclamation the "
                 "president signed on Thursday, officials said.")


def test_an_order_and_a_proclamation_are_two_instruments():
    assert {"executive order", "proclamation"} in _values(_rec(_ORDER, _PROCLAMATION), "detail")


def test_one_instrument_in_other_words_or_two_instruments_in_one_report_is_no_conflict():
    same = ("Under an executive order signed on Thursday, duties on imported copper wire "
            "will rise to 40%.")
    assert not _values(_rec(_ORDER, same), "detail")
    # a report naming both (an order that amends a proclamation) gives two instruments
    both = ("The executive order signed on Thursday amends a proclamation from March and "
            "raises duties on imported copper wire to 40%.")
    assert not _values(_rec(_PROCLAMATION, both), "detail")
    # a memorandum of understanding is an agreement, not an instrument signed alone
    mou = ("The two governments signed a memorandum of understanding on copper wire on "
           "Thursday, officials said.")
    assert not _values(_rec(_PROCLAMATION, mou), "detail")


def test_the_level_of_a_tsunami_alert():
    warning = ("The agency issued a tsunami warning for the northern coast after the "
               "magnitude 6.8 quake struck offshore on Sunday.")
    advisory = ("A tsunami advisory was issued for the northern coast after the magnitude "
                "6.8 quake struck offshore on Sunday.")
    assert {"tsunami warning", "tsunami advisory"} in _values(_rec(warning, advisory), "detail")
    downgraded = ("A tsunami warning for the northern coast was later downgraded to a tsunami "
                  "advisory after the magnitude 6.8 quake on Sunday.")
    assert not _values(_rec(advisory, downgraded), "detail")
