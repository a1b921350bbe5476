"""Issue 11, eighteenth session: faults shown by the story battery's training parts (web
pages WS, WW, WX), each fixed by a general rule and tested here on reports written for these
tests: a case that must be reported and a control that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

# --- "shortly before midnight": the moment lies on the side the cue names -----------------

_MIDNIGHT = ("The United States and China agreed on Wednesday in Copenhagen to extend their "
             "tariff truce by 90 days. The joint statement, issued shortly before midnight "
             "local time, said the extension would run until Jan. 13.")


def _singapore(clock: str) -> str:
    return ("The United States and China have agreed in Copenhagen to extend their tariff "
            "truce by 90 days, according to a joint statement released at "
            f"{clock} Singapore time.")


def test_a_time_on_the_side_a_cue_names_agrees():
    # 5.30am in Singapore is 11.30pm in Copenhagen (summer time): shortly before midnight
    found = _rec(_MIDNIGHT, _singapore("5.30am"), published=["2025-10-15", "2025-10-16"])
    assert not _values(found, "time")


def test_a_time_past_the_moment_a_cue_names_disagrees():
    # 6.30am in Singapore is half an hour after midnight in Copenhagen: not "before" it
    found = _rec(_MIDNIGHT, _singapore("6.30am"), published=["2025-10-15", "2025-10-16"])
    assert _values(found, "time") == [{"shortly before midnight local time",
                                      "at 6.30am Singapore time"}]
