"""One thing told as two members of a closed class (issue 11, recall of details, round R5):
the gun ("a rifle" / "a shotgun"), the blade, the lodging ("hotel" / "motel"), the colour of
one noun ("a white van" / "a silver van"), the part of one weekday ("Tuesday morning" /
"Tuesday afternoon"). Each case has a control that must NOT be
reported: a hedge ("a shotgun or a rifle"), an article giving both, a third member, a
category word ("a handgun permit"), a synonym ("pistol" / "handgun"), people's colour,
a capitalised name, one outlet.
"""

from __future__ import annotations

from test_reconcile import make, story_of
from test_reconcile import values_of as _values

from storyline.reconcile import reconcile
from storyline.reconcile.attributes import attribute_conflicts
from storyline.reconcile.day_parts import day_part_conflicts
from storyline.reconcile.evidence import build_docs
from storyline.reconcile.space import SentenceSpace

_LEAD_A = "A dismissed clerk returned to the depot in Marlow on Monday and opened fire. "
_LEAD_B = "Two people were hurt when a former employee came back to the Marlow depot. "


def _details(text_a: str, text_b: str, *more: str) -> list[set[str]]:
    pairs = [make(text_a, "Daily A"), make(text_b, "Daily B")]
    pairs += [make(t, f"Daily {chr(ord('C') + n)}") for n, t in enumerate(more)]
    return _values(reconcile(*story_of(pairs)), "detail")


def test_two_kinds_of_gun_told_for_one_shooting():
    a = _LEAD_A + "Witnesses said he carried a rifle into the yard."
    b = _LEAD_B + "He walked past the gate holding a shotgun, the sheriff said."
    assert _details(a, b) == [{"rifle", "shotgun"}]
    # control: the same kind in other words ("pistol" is a handgun) is no conflict
    a2 = _LEAD_A + "Witnesses said he carried a pistol into the yard."
    b2 = _LEAD_B + "He walked past the gate holding a handgun, the sheriff said."
    assert not _details(a2, b2)


def test_a_hedge_gives_neither_and_a_listing_gives_both():
    a = _LEAD_A + "Witnesses said he carried a rifle into the yard."
    b = _LEAD_B + "He walked past the gate holding a shotgun, the sheriff said."
    hedge = "The gunman was armed with either a shotgun or a rifle, deputies said."
    assert _details(a, b, hedge) == [{"rifle", "shotgun"}]
    # control: an article giving both kinds (a listing) tells of two weapons
    listing = "Deputies later took a rifle from his truck and a shotgun from his home."
    assert not _details(a, b, listing)


def test_a_third_kind_or_a_category_word():
    a = _LEAD_A + "Witnesses said he carried a rifle into the yard."
    b = _LEAD_B + "He walked past the gate holding a shotgun, the sheriff said."
    # control: a third kind in the story: several weapons, not one told two ways
    third = "Officers said a revolver was found under the seat of his car."
    assert not _details(a, b, third)
    # ... but a kind word naming a category ("a handgun permit") is not a third weapon
    permit = "He had been refused a handgun permit in the spring, records show."
    assert _details(a, b, permit) == [{"rifle", "shotgun"}]


def test_one_outlet_is_no_disagreement():
    a = make(_LEAD_A + "Witnesses said he carried a rifle into the yard.", "Daily A")
    b = make(_LEAD_B + "He walked past the gate holding a shotgun.", "Daily A")
    docs = build_docs(story_of([a, b])[1])
    assert not attribute_conflicts(docs)


def test_hotel_or_motel_where_he_was_found():
    a = "The retired senator was found dead in a hotel room in Dunmore on Tuesday."
    b = "A maid discovered the former senator in his motel room on the edge of Dunmore."
    assert _details(a, b) == [{"hotel", "motel"}]
    # control: both articles say hotel
    b2 = "A maid discovered the former senator in his hotel room on the edge of Dunmore."
    assert not _details(a, b2)


def test_colour_of_one_vehicle():
    a = "Police are looking for a white van seen leaving the warehouse after the theft."
    b = "Detectives said the copper was loaded into a silver van behind the warehouse."
    assert _details(a, b) == [{"white", "silver"}]
    b2 = "Detectives said the copper was loaded into a grey van behind the warehouse."
    assert _details(a, b2) == [{"white", "grey"}]
    # control: near shades are one colour ("grey" / "silver")
    assert not _details(b, b2)
    # control: colours of two different nouns say nothing against each other
    b3 = "Detectives said the copper was loaded into a van beside a silver truck."
    assert not _details(a, b3)


def test_colour_of_people_and_names_are_not_read():
    a = "A black man was stopped by officers near the White House on Friday evening."
    b = "The white man who was stopped near the Black Sea memorial was later released."
    assert not _details(a, b)
    # fixed phrases: a yellow card and a red card are two cards, not one told two ways
    c = "The defender was shown a yellow card in the second half of the derby."
    d = "A red card for the defender in the second half decided the derby."
    assert not _details(c, d)


def test_hair_and_clothes_do_not_say_whose():
    # control: two people's hair (or one suspect of two incidents): the noun does not say
    a = "The gunman, a tall man with grey hair, fled toward the river after the shooting."
    b = "Neighbours described the shooter as thin, with black hair and a limp."
    assert not _details(a, b)


# ------------------------------------------------------------- the part of one weekday

_OUTAGE_A = "Phone services in Halvik were cut on Tuesday morning when a fibre cable failed."
_OUTAGE_B = ("Phone and internet services in Halvik were cut on Tuesday afternoon after a "
             "fibre cable failed.")


def _times(*texts: str, published: tuple[str, ...] = ()) -> list[set[str]]:
    pairs = [make(t, f"Daily {chr(ord('A') + n)}", *(published[n:n + 1] or ()))
             for n, t in enumerate(texts)]
    docs = build_docs(story_of(pairs)[1])
    return [{v.value for v in d.values}
            for d in day_part_conflicts(docs, SentenceSpace(docs))]


def test_one_moment_in_two_parts_of_the_day():
    assert _times(_OUTAGE_A, _OUTAGE_B) == [{"Tuesday morning", "Tuesday afternoon"}]
    assert _values(reconcile(*story_of([make(_OUTAGE_A, "Daily A"),
                                        make(_OUTAGE_B, "Daily B")])), "time") == [
        {"Tuesday morning", "Tuesday afternoon"}]
    # control: "late afternoon" / "evening" may be one hour told two ways
    a = "Phone services in Halvik were cut late Tuesday afternoon when a fibre cable failed."
    b = "Phone services in Halvik were cut on Tuesday evening when a fibre cable failed."
    assert not _times(a, b)


def test_day_parts_of_two_happenings_or_two_weeks():
    # control: a sentence of another happening that day (a shared name is not enough)
    b = "The minister spoke to reporters about Halvik on Tuesday afternoon."
    assert not _times(_OUTAGE_A, b)
    # control: a deadline is no moment of the happening
    b2 = ("Phone services in Halvik, cut when a fibre cable failed, should be back by "
          "Tuesday afternoon.")
    assert not _times(_OUTAGE_A, b2)
    # control: an article giving two parts of Tuesday tells the day part by part
    both = ("Phone services in Halvik were cut on Tuesday morning. Repairs to the fibre "
            "cable began on Tuesday night.")
    assert not _times(_OUTAGE_A, _OUTAGE_B, both)
    # control: published two weeks apart, the Tuesdays are two days
    assert not _times(_OUTAGE_A, _OUTAGE_B, published=("2025-03-04", "2025-03-18"))
    # control: published in time zones ten hours apart, one moment is two parts of the day
    assert not _times(_OUTAGE_A, _OUTAGE_B, published=("2025-03-04T09:00:00-05:00",
                                                       "2025-03-04T23:00:00+05:00"))
