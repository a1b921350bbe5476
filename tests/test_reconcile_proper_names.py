"""A place, a people or a body named in one word and spelt two ways by two outlets
(issue 11, class 3: real quake and piracy coverage gives "Dargahan" / "Dargehan",
"Ethiopian" / "Ethopian"), with controls for the look-alikes that are two names or two words.
"""

from __future__ import annotations

from test_reconcile import make, reconcile_texts, story_of
from test_reconcile import values_of as _values

from storyline.reconcile import reconcile
from storyline.reconcile.evidence import build_docs
from storyline.reconcile.name_spellings import proper_name_variants


def _names(rec: object) -> list[set[str]]:
    return [{v.value for v in d.values} for d in rec.discrepancies  # type: ignore[attr-defined]
            if d.kind == "name" and d.rule == "proper_name_variants"]


def test_a_town_spelt_two_ways_is_a_name_conflict():
    rec = reconcile_texts(
        "A magnitude 5.6 earthquake struck near the town of Dargahan on Qeshm island on "
        "Sunday, injuring five people, the provincial governor said.",
        "Several homes in villages of the Dargehan area were damaged by the earthquake on "
        "Qeshm island on Sunday, the governor told reporters.")
    assert _names(rec) == [{"Dargahan", "Dargehan"}]
    report = next(d for d in rec.discrepancies if d.rule == "proper_name_variants")
    assert {c.outlet for v in report.values for c in v.citations} == {"Daily 0", "Daily 1"}


def test_a_people_spelt_two_ways_is_a_name_conflict():
    a = make("An Ethiopian crew member was freed when the navy boarded the dhow.", "Daily A",
             entities=[("Ethiopian", "NORP")])
    b = make("The navy said an Ethopian sailor was among the hostages on the dhow.", "Daily B",
             entities=[("Ethopian", "NORP")])
    assert _names(reconcile(*story_of([a, b]))) == [{"Ethiopian", "Ethopian"}]


def test_two_known_places_one_letter_apart_are_two_places():
    # control: both are places the gazetteer knows (two places, not one spelt two ways)
    a = make("The delegation flew on from Granada after the talks on Monday.", "Daily A",
             entities=[("Granada", "GPE")])
    b = make("The delegation flew on from Grenada after Monday's talks.", "Daily B",
             entities=[("Grenada", "GPE")])
    assert not _names(reconcile(*story_of([a, b])))


def test_derived_words_and_an_article_writing_both_are_no_conflict():
    # control: words that differ at their end are derived words, not a slip
    a = make("The Somalis aboard the dhow were handed to the coastguard.", "Daily A",
             entities=[("Somalis", "NORP")])
    b = make("The dhow was later handed to the coastguard of Somalia.", "Daily B",
             entities=[("Somalia", "GPE")])
    assert not _names(reconcile(*story_of([a, b])))
    # control: one article writes both spellings (two villages of the area, not a slip)
    c = make("The quake damaged homes in Dargahan and in nearby Dargehan.", "Daily C",
             entities=[("Dargahan", "GPE"), ("Dargehan", "GPE")])
    d = make("Homes in Dargehan were damaged by the quake.", "Daily D",
             entities=[("Dargehan", "GPE")])
    assert not _names(reconcile(*story_of([c, d])))
    # control: two national spellings of one word
    e = make("The World Health Organisation sent a team to the island.", "Daily E",
             entities=[("World Health Organisation", "ORG")])
    f = make("A World Health Organization team reached the island on Monday.", "Daily F",
             entities=[("World Health Organization", "ORG")])
    assert not _names(reconcile(*story_of([e, f])))


def test_one_outlet_or_a_person_name_is_no_place_conflict():
    # control: one outlet's two spellings are its own slip, not a disagreement of outlets
    a = make("The quake struck near Dargahan on Sunday.", "Daily A",
             entities=[("Dargahan", "GPE")])
    b = make("Homes near Dargehan were damaged.", "Daily A", entities=[("Dargehan", "GPE")])
    assert not _values(reconcile(*story_of([a, b])), "name")
    # control: a word of a person's name (NER also calling it an organisation) is the
    # people reading's to compare, not this one's
    c = make("Governor Mehdi Kavoni said Kavoni had ordered the schools shut.", "Daily C",
             people=[{"name": "Mehdi Kavoni", "mentions": ["Mehdi Kavoni"]}],
             entities=[("Kavoni had", "ORG")])
    d = make("Governor Mehdi Kavani said Kavani would visit the island.", "Daily D",
             people=[{"name": "Mehdi Kavani", "mentions": ["Mehdi Kavani"]}],
             entities=[("Kavani would", "ORG")])
    _, items = story_of([c, d])
    assert not proper_name_variants(build_docs(items), [])
