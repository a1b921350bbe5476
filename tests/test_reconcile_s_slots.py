"""One word swapped in two outlets' alike sentences (issue 11, ``word_slots``): a proper name
spelt two ways, a month or a weekday. Short reports written for these tests, analysed by
the real pipeline (``test_reconcile.reconcile_texts``)."""

from __future__ import annotations

from test_reconcile import reconcile_texts

from storyline.reconcile import Discrepancy


def _swapped(rec: object, what: str) -> list[Discrepancy]:
    """This rule's reports: ``what`` is "spelling of a name" or "month or weekday"."""
    return [d for d in rec.discrepancies  # type: ignore[attr-defined]
            if what in d.note]


def _values(ds: list[Discrepancy]) -> list[set[str]]:
    return [{v.value for v in d.values} for d in ds]


# ------------------------------------------------------------------------- names


def test_a_proper_name_spelt_two_ways_in_one_slot_is_a_name_discrepancy():
    rec = reconcile_texts(
        "When Hurricane Marla flattened the harbour clinic in 2003, the nurses moved into "
        "a tent by the church.",
        "When Hurricane Marlo flattened the harbour clinic in 2003, the nurses moved into "
        "a tent by the church.")
    found = _swapped(rec, "spelling of a name")
    assert _values(found) == [{"Marla", "Marlo"}]
    assert found[0].kind == "name"


def test_two_different_names_far_apart_in_spelling_are_not_one_name():
    rec = reconcile_texts(
        "The delegation flew to Austria on the last day of the talks, officials said.",
        "The delegation flew to Germany on the last day of the talks, officials said.")
    assert not _swapped(rec, "spelling of a name")


def test_near_names_in_different_slots_are_not_compared():
    rec = reconcile_texts(
        "The exporters of Austria signed the grain accord in the capital on the first day.",
        "Ministers from Australia praised the grain accord signed in the capital that day.")
    assert not _swapped(rec, "spelling of a name")


def test_an_article_naming_both_forms_tells_of_two_people():
    rec = reconcile_texts(
        "Coach Dalton Reyes praised the striker Mirko after the match. Mirka, his sister, "
        "watched from the stand.",
        "Coach Dalton Reyes praised the striker Mirka after the match in the rain.")
    assert not _swapped(rec, "spelling of a name")


def test_lower_case_words_a_letter_apart_are_no_name():
    rec = reconcile_texts(
        "The old ferry struck the wooden pier near the harbour wall on a calm night.",
        "The old ferry struck the wooden pile near the harbour wall on a calm night.")
    assert not _swapped(rec, "spelling of a name")


# ------------------------------------------------------------------------- months, weekdays


def test_a_month_swapped_in_one_statement_is_a_date_discrepancy():
    rec = reconcile_texts(
        "The water board finalised the new pumping rule in December after a long review.",
        "The water board finalised the new pumping rule in January after a long review.")
    found = _swapped(rec, "month or weekday")
    assert _values(found) == [{"December", "January"}]
    assert found[0].kind == "date"


def test_a_weekday_swapped_in_one_statement_is_a_date_discrepancy():
    rec = reconcile_texts(
        "The county jury convicted the former treasurer of fraud on Tuesday in Millbrook.",
        "The county jury convicted the former treasurer of fraud on Friday in Millbrook.")
    found = [v for d in rec.discrepancies if d.kind == "date" for v in d.values]
    assert {"Tuesday", "Friday"} <= {w for v in found for w in v.value.split()}


def test_a_weekday_range_is_not_a_conflict():
    rec = reconcile_texts(
        "The county fair runs from Monday to Thursday on the green beside the school.",
        "The county fair runs from Monday to Saturday on the green beside the school.")
    assert not _swapped(rec, "month or weekday")


def test_a_list_of_months_is_not_a_conflict():
    rec = reconcile_texts(
        "The ferry sailed twice a week in May and June, the harbour office said.",
        "The ferry sailed twice a week in May and July, the harbour office said.")
    assert not _swapped(rec, "month or weekday")


def test_an_article_naming_both_months_tells_of_two_times():
    rec = reconcile_texts(
        "The council approved the budget in March. The mayor signed the budget in April "
        "after a long debate.",
        "The mayor signed the budget in March after a long debate.")
    assert not _swapped(rec, "month or weekday")


def test_weekdays_of_reports_a_week_apart_may_be_two_weeks():
    rec = reconcile_texts(
        "The county jury convicted the former treasurer of fraud on Tuesday in Millbrook.",
        "The county jury convicted the former treasurer of fraud on Friday in Millbrook.",
        published=["2025-03-04", "2025-03-14"], statement_apart_days=1000)
    assert not _swapped(rec, "month or weekday")


# ------------------------------------------------------------------------- names of words


def test_a_name_of_several_words_spelt_two_ways_is_found_in_unlike_sentences():
    rec = reconcile_texts(
        "Her surgery was battered by Hurricane Marla in 2003, but she rebuilt it.",
        "When Hurricane Marlo flattened the building, the doctor made house calls to all "
        "her patients.")
    found = _swapped(rec, "spelling of a name")
    assert _values(found) == [{"Marla", "Marlo"}]


def test_national_spellings_plurals_and_derived_words_are_one_name():
    rec = reconcile_texts(
        "The talks were held at the Harbour Centre near Motion Picture Plaza, a New Zealand "
        "envoy said.",
        "Delegates met at the Harbour Center by Motion Pictures Plaza, the New Zealander "
        "said on the quay.")
    assert not _swapped(rec, "spelling of a name")


def test_two_people_with_near_names_in_one_article_are_two_people():
    rec = reconcile_texts(
        "Ranger Anna Holmgren found the hikers; her cousin Anne Holmgren drove them home.",
        "The hikers were found on the ridge by Anne Holmgren, a volunteer ranger.")
    assert not _swapped(rec, "spelling of a name")


def test_a_weekday_dating_a_statement_is_not_the_happenings_day():
    rec = reconcile_texts(
        "The harbour master said on Monday that the old ferry would stop sailing in spring.",
        "The harbour master said on Thursday that the old ferry would stop sailing in spring.")
    assert not _swapped(rec, "month or weekday")
