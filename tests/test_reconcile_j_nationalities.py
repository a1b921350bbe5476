"""The one casualty's nationality told two ways (issue 11, details, J).

Must report: "a Scottish hiker died" / "a Canadian hiker who fell". Must NOT: several
people of the role (a plural, "another hiker", a listing of two nationalities in one
article), different ages or names, a hedge with "or", the country and its nation
("Scottish" / "British"), an official's nationality, a compound ("African American").
"""

from __future__ import annotations

from test_reconcile import make, story_of
from test_reconcile import values_of as _values

from storyline.reconcile import reconcile
from storyline.reconcile.evidence import build_docs
from storyline.reconcile.nationalities import nationality_conflicts

_A = "A 41-year-old Scottish hiker died after falling about 80 metres on Ben Carrick."
_B = "Rescuers recovered the body of a Canadian hiker who fell from a ridge on Friday."


def _found(*texts: str, **entities: list[tuple[str, str]]) -> list[set[str]]:
    pairs = [make(t, f"Daily {chr(ord('A') + n)}", entities=entities.get(f"e{n}", []))
             for n, t in enumerate(texts)]
    docs = build_docs(story_of(pairs)[1])
    return [{v.value for v in d.values} for d in nationality_conflicts(docs)]


def test_one_hiker_given_two_nationalities():
    assert _found(_A, _B) == [{"Scottish hiker", "Canadian hiker"}]
    pairs = [make(_A, "Daily A"), make(_B, "Daily B")]
    assert {"Scottish hiker", "Canadian hiker"} in _values(reconcile(*story_of(pairs)),
                                                           "detail")
    # the country and its nation are one answer
    british = "Rescuers recovered the body of a British hiker who fell from a ridge."
    assert not _found(_A, british)
    # a two-word country used as the demonym
    nz = "Rescuers recovered the body of a New Zealand hiker who fell from a ridge."
    assert _found(_A, nz) == [{"Scottish hiker", "New Zealand hiker"}]


def test_several_hikers_are_not_one_told_two_ways():
    plural = "Two other hikers were injured by falling rocks on the same ridge."
    assert not _found(_A, _B, plural)
    another = "Another Irish hiker was rescued from the ridge by helicopter on Saturday."
    assert not _found(_A, _B, another)
    assert not _found(_A, _B, another.replace("Irish ", ""))
    # one article naming both nationalities: two people
    listing = "One Scottish and one Canadian hiker have fallen to their deaths this week."
    assert not _found(_A, _B, listing)


def test_two_people_by_age_or_name_and_a_hedge():
    b_age = "Rescuers recovered the body of a Canadian hiker, 29, who fell on Friday."
    assert not _found(_A, b_age)
    a_name = "Scottish hiker Ewan Bell died after falling about 80 metres on Ben Carrick."
    b_name = "Canadian hiker Marc Roy died in a fall from a ridge on Friday."
    assert not _found(a_name, b_name, e0=[("Ewan Bell", "PERSON")],
                      e1=[("Marc Roy", "PERSON")])
    hedge = "Police said the hiker who died, a Scottish or Irish hiker, was alone."
    assert not _found(hedge, _B)


def test_officials_and_compounds_are_not_read():
    a = "A Chinese official said the two sides had been hurt by the new tariffs."
    b = "An American official said the two sides had been hurt by the new tariffs."
    assert not _found(a, b)
    c = "An African American man was shot by officers on Friday night."
    d = "A Kenyan man was shot by officers on Friday night, police said."
    assert not _found(c, d)
    # no harm told: nationality of someone else in the story
    e = "A Scottish hiker set out from the lodge at dawn with two friends."
    assert not _found(e, _B)
