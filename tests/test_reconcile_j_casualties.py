"""One casualty's hospital condition or place of death told two ways (issue 11, details, J).

Each must-report pair has controls that must NOT be reported: an update published days
later or told by the story itself, one statement giving two levels ("critical but
stable"), several casualties, two named people, the attacker's death against a victim's,
a sentence about a car's condition, one outlet.
"""

from __future__ import annotations

from test_reconcile import make, story_of
from test_reconcile import values_of as _values

from storyline.reconcile import reconcile
from storyline.reconcile.casualties import casualty_conflicts
from storyline.reconcile.evidence import build_docs

_LEAD_A = "A delivery driver was shot outside a pharmacy in Carrow on Monday night. "
_LEAD_B = "Police in Carrow are looking for a gunman who fired at a van driver on Monday. "


def _found(*texts: str, published: tuple[str, ...] = (), **entities: list[tuple[str, str]]
           ) -> list[set[str]]:
    pairs = [make(t, f"Daily {chr(ord('A') + n)}", *(published[n:n + 1] or ()),
                  entities=entities.get(f"e{n}", []))
             for n, t in enumerate(texts)]
    docs = build_docs(story_of(pairs)[1])
    return [{v.value for v in d.values} for d in casualty_conflicts(docs)]


# ------------------------------------------------------------------ hospital condition

def test_critical_against_stable_for_the_one_casualty():
    a = _LEAD_A + "The driver was taken to Carrow General and is in critical condition."
    b = _LEAD_B + "He was listed in stable condition at a hospital on Tuesday, police said."
    assert _found(a, b) == [{"critical condition", "stable condition"}]
    # the full pipeline reports it as a detail
    pairs = [make(a, "Daily A"), make(b, "Daily B")]
    assert {"critical condition", "stable condition"} in _values(
        reconcile(*story_of(pairs)), "detail")
    # "critically injured" is the top of the scale too
    c = _LEAD_A + "The driver was critically injured and flown to a trauma centre."
    assert _found(c, b) == [{"critically injured", "stable condition"}]


def test_serious_and_stable_or_one_compound_statement_agree():
    serious = _LEAD_A + "The driver was in serious condition at a hospital, police said."
    stable = _LEAD_B + "He was listed in stable condition at a hospital on Tuesday."
    assert not _found(serious, stable)  # "serious but stable" is a usual pairing
    # "critical but stable" is one statement, read as neither level
    both = _LEAD_B + "He was listed in critical but stable condition at the hospital."
    critical = _LEAD_A + "The driver was taken to a hospital in critical condition."
    assert not _found(critical, both)
    # levels of the scale that do contradict: critical against good
    good = _LEAD_B + "He was treated at a hospital and is in good condition, police said."
    assert _found(critical, good) == [{"critical condition", "good condition"}]


def test_an_update_is_no_disagreement():
    critical = _LEAD_A + "The driver was taken to a hospital in critical condition."
    stable = _LEAD_B + "He was listed in stable condition at a hospital, police said."
    # published two days apart: the patient's condition moved
    assert not _found(critical, stable,
                      published=("2025-03-03T22:00:00+00:00", "2025-03-05T10:00:00+00:00"))
    # the same day: a disagreement
    assert _found(critical, stable,
                  published=("2025-03-03T22:00:00+00:00", "2025-03-04T06:00:00+00:00"))
    # the story itself tells the change
    upgraded = _LEAD_B + "His condition was upgraded to stable at the hospital on Tuesday."
    assert not _found(critical, stable, upgraded)


def test_several_casualties_or_two_named_people():
    critical = _LEAD_A + "The driver was taken to a hospital in critical condition."
    stable = _LEAD_B + "He was listed in stable condition at a hospital, police said."
    several = "Two other people were in critical condition at the hospital on Tuesday."
    assert not _found(critical, stable, several)
    # each sentence names someone else: two people, not one told two ways
    a = "Tom Hale was shot outside a pharmacy and is in critical condition at a hospital."
    b = "Rita Moss was hurt by a stray bullet and is in stable condition at a hospital."
    assert not _found(a, b, e0=[("Tom Hale", "PERSON")], e1=[("Rita Moss", "PERSON")])
    # one outlet's two articles are no disagreement
    pairs = [make(critical, "Daily A"), make(stable, "Daily A")]
    assert not casualty_conflicts(build_docs(story_of(pairs)[1]))


def test_a_car_in_good_condition_is_no_casualty():
    a = "The stolen car was found in good condition behind the depot on Friday afternoon."
    b = "The driver of the stolen car was taken to a hospital in critical condition."
    assert not _found(a, b)


# ------------------------------------------------------------------ place of death

def test_died_at_the_scene_against_on_the_way_to_hospital():
    a = _LEAD_A + "The driver died at the scene, the police chief said on Tuesday."
    b = _LEAD_B + "She said the driver died on the way to the hospital."
    assert _found(a, b) == [{"at the scene", "on the way to the hospital"}]
    c = _LEAD_B + "The driver was taken to a hospital, where he died an hour later."
    assert len(_found(a, c)) == 1
    d = _LEAD_B + "The driver was pronounced dead at Carrow General Hospital."
    assert _found(a, d) == [{"at the scene", "at Carrow General Hospital"}]


def test_several_dead_or_the_attacker_are_other_people():
    scene = _LEAD_A + "The driver died at the scene, the police chief said on Tuesday."
    hospital = _LEAD_B + "She said the driver died later in hospital."
    several = "Two passers-by were pronounced dead at the scene, police said on Tuesday."
    assert not _found(scene, hospital, several)
    # the gunman's death and a victim's are two people's
    gunman = _LEAD_A + "The gunman died at the scene of a self-inflicted wound."
    assert not _found(gunman, hospital)
    # a hedge-free listing inside one article gives two places: two people
    listing = ("One man died at the scene and a woman died in hospital later that night, "
               "police said.")
    assert not _found(scene, hospital, listing)


def test_a_second_level_after_the_noun_is_one_statement():
    stable = _LEAD_B + "He was listed in stable condition at a hospital on Tuesday."
    both = _LEAD_A + "The driver was taken to a hospital in critical condition but stable."
    assert not _found(both, stable)


def test_two_roles_are_two_people():
    officer = "The officer who was shot on Monday is in critical condition at a hospital."
    bystander = "A bystander hit by a stray bullet is in stable condition at a hospital."
    assert not _found(officer, bystander)
    # a generic word ("the victim") is no other role
    victim = "The victim was listed in stable condition at a hospital on Tuesday."
    assert _found(officer, victim) == [{"critical condition", "stable condition"}]


def test_a_toll_of_several_leaves_no_one_casualty():
    # a quake's many injured: "a woman" and "a child" are two of them
    woman = "A woman pulled from the rubble was taken to hospital in critical condition."
    child = "A child rescued from a collapsed house was in stable condition in hospital."
    assert _found(woman, child)  # alone, nothing tells them apart ...
    toll = "The quake killed 12 people and injured 80, officials said on Sunday."
    assert not _found(woman, child, toll)  # ... but a toll of 80 injured does
    many = "Dozens were injured when the roof of the market hall collapsed."
    assert not _found(woman, child, many)
    # several dead: no one place of death
    scene = _LEAD_A + "The driver died at the scene, the police chief said on Tuesday."
    hospital = _LEAD_B + "She said the driver died later in hospital."
    assert not _found(scene, hospital, "The crash killed three people on the bypass.")


def test_a_woman_and_a_man_are_two_people():
    woman = "A woman hit by the car was taken to hospital in critical condition."
    man = "A man hit by the car was taken to hospital, where he is in stable condition."
    assert not _found(woman, man)
