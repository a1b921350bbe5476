"""Issue 11, recall and precision: a named person's age is one fact of the story, told as
"Tomas Ferrer, 32," or "a 34-year-old man, Tomas Ferrer," (storyline/reconcile/ages.py).
Two outlets' ages of one named person are compared however unlike their sentences; ages of
two people never are. Short reports written for these tests, with must-report and
must-not-report halves."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

_NAMED = "Police said Tomas Ferrer, 32, was wounded in the shooting outside the bakery on Elm Street."


def test_an_appositive_age_against_another_in_an_unlike_sentence():
    other = "The victim of Tuesday night's attack was named by relatives as Tomas Ferrer, 33, a cook."
    rec = _rec(_NAMED, other)
    assert {"aged 32", "aged 33"} in _values(rec, "figure")
    assert [d.about for d in rec.discrepancies if d.kind == "figure"] == ["age of Tomas Ferrer"]


def test_an_appositive_age_against_a_described_age():
    for other in ("A 33-year-old man, Tomas Ferrer, was taken to hospital after the attack.",
                  "Tomas Ferrer, a 33-year-old cook, was taken to hospital after the attack.",
                  "The 33-year-old Spaniard Tomas Ferrer was taken to hospital after the attack."):
        assert {"aged 32", "aged 33"} in _values(_rec(_NAMED, other), "figure")


def test_a_surname_alone_is_the_person_named_in_full_before():
    other = ("Tomas Ferrer was taken to hospital after the attack on Elm Street. "
             "Ferrer, 31, works at the bakery.")
    assert {"aged 32", "aged 31"} in _values(_rec(_NAMED, other), "figure")


def test_ages_of_two_people_are_two_facts():
    other = "Luis Ferrer, 34, a neighbour, called the police after the shooting on Elm Street."
    assert not _values(_rec(_NAMED, other), "figure")
    # a father and son of one surname: far apart, the surname alone is not the son
    family = "Tomas Ferrer, 32, was wounded. His father, Ramon Ferrer, 61, was not hurt."
    father = "Ferrer, 61, said he heard three shots outside the bakery on Elm Street."
    assert not _values(_rec(family, father), "figure")


def test_ages_years_apart_are_two_moments():
    # the arrest and the trial two years later: one person, two ages, no conflict
    arrest = "Deputies identified the suspect as Jon Varga, 27, a parolee, after the raid."
    trial = "A jury on Monday found Jon Varga, 29, guilty of the murder of the deputy."
    assert not _values(_rec(arrest, trial), "figure")
    slip = "A jury on Monday found Jon Varga, 28, guilty of the murder of the deputy."
    assert {"aged 27", "aged 28"} in _values(_rec(arrest, slip), "figure")


def test_equal_ages_agree():
    other = "Relatives named the wounded man as Tomas Ferrer, 32, a cook at the bakery."
    assert not _values(_rec(_NAMED, other), "figure")


def test_ages_in_reports_months_apart_may_straddle_a_birthday():
    other = "The victim of the attack was named by relatives as Tomas Ferrer, 33, a cook."
    apart = _rec(_NAMED, other, published=["2025-03-02", "2025-07-20"])
    assert not _values(apart, "figure")
    close = _rec(_NAMED, other, published=["2025-03-02", "2025-03-04"])
    assert {"aged 32", "aged 33"} in _values(close, "figure")
