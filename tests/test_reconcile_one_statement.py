"""Issue 11, class 4: a quote's wordings are of one statement. When outlets quote a speaker
at different lengths, the parts set against each other must render the same statement, not
whatever another outlet's quote says next. On reports written for these tests."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec

from storyline.reconcile.quotes import is_wording


def _wordings(*texts: str) -> list[list[str]]:
    rec = _rec(*texts)
    return [[str(v.value) for v in d.values] for d in rec.discrepancies if is_wording(d)]


def test_a_quote_that_runs_on_shows_the_part_of_the_statement_the_others_word():
    (values,) = _wordings(
        '"The council is not asleep at the wheel," Mayor Lena Ortiz told reporters in '
        "Harwick on Monday.",
        'Mayor Lena Ortiz said in Harwick: "We are not asleep at the wheel. Every repair '
        'will be paid from the reserve fund."',
        '"Each repair is going to be paid out of the reserve fund," Mayor Lena Ortiz said '
        "in Harwick.",
    )
    about_wheel = [v for v in values if "wheel" in v]
    about_repairs = [v for v in values if "repair" in v]
    # one statement or the other, never a mix of the two
    assert len(values) == 2 and (len(about_wheel), len(about_repairs)) in ((2, 0), (0, 2))


def test_another_statement_after_a_cut_is_no_wording():
    (values,) = _wordings(
        'Lawyer Omar Haddad said: "Prison terms do not return a cent to the families who '
        'sold their homes."',
        'Lawyer Omar Haddad said: "Prison sentences do not return a single cent to families '
        'who sold their homes and savings."',
        'Lawyer Omar Haddad said: "This will take years. Prison sentences do not return a '
        'single cent. The real fight starts today."',
    )
    assert len(values) == 2 and not any("fight" in v for v in values)
    assert all("cent" in v for v in values)


def test_wordings_of_a_single_statement_are_all_shown():
    (values,) = _wordings(
        'Mayor Lena Ortiz said: "We will rebuild the bridge before the first snow falls."',
        'Mayor Lena Ortiz said: "We are going to rebuild the bridge before the first snow."',
        'Mayor Lena Ortiz said: "The bridge will be rebuilt before the first snow falls."',
    )
    assert len(values) == 3
