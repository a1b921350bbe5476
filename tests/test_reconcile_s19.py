"""Issue 11, nineteenth session: faults shown by the story battery's training parts (web
pages XA, XB, XE) and by the last session's leftovers, each fixed by a general rule and
tested here on reports written for these tests: a case that must be reported and a control
that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.reconcile.model import Citation, Discrepancy, DiscrepancyValue
from storyline.reconcile.statements import fold_lengths

# --- one length told three ways is one report, not two ----------------------------------

_LEAD = "US and Chinese negotiators agreed in Copenhagen on Wednesday to extend their truce. "


def test_a_third_outlets_length_joins_the_report_of_the_first_two():
    found = _rec(
        _LEAD + "The second day of negotiations stretched for about seven and a half hours, "
        "according to two people briefed on the meetings.",
        _LEAD + "Negotiators met for more than 10 hours on the second day, according to "
        "officials on both sides.",
        _LEAD + "The final session on Wednesday lasted about 7½ hours, people familiar with "
        "the talks said.")
    assert _values(found, "figure") == [{"about seven and a half hours", "more than 10 hours",
                                         "about 7½ hours"}]


def _value(text: str, article: str, sentence: int) -> DiscrepancyValue:
    return DiscrepancyValue(text, [Citation(article_id=article, external_id=None,
                                            sentence=text, sentence_index=sentence,
                                            outlet=article)])


def test_only_lengths_are_joined_and_never_an_outlet_twice():
    known = [Discrepancy("figure", "tariff", [_value("20%", "A", 1), _value("25%", "B", 2)])]
    found = [Discrepancy("figure", "levy", [_value("25%", "B", 2), _value("20%", "C", 4)])]
    assert fold_lengths(found, known) == (known, found)  # not lengths: reported as found
    known = [Discrepancy("figure", "talks", [_value("7 hours", "A", 1),
                                             _value("10 hours", "B", 2)])]
    found = [Discrepancy("figure", "talks", [_value("10 hours", "B", 2),
                                             _value("nine hours", "A", 5)])]
    assert fold_lengths(found, known) == (known, found)  # A is in the report already
