"""One quantity told in unlike sentences (issue 11, recall round R4): two outlets' numbers
that share a measure key — the kind and unit of the number and a content word next to it
("drifted", "ferry") — and that each article gives alone with that key, are one quantity
however differently the sentences are worded. Each case has a control that must NOT be
reported: an article giving two values with the key, a story giving a third value near
them, two people's numbers, crowds, shares.
"""

from __future__ import annotations

from test_reconcile import make, story_of
from test_reconcile import values_of as _values

from storyline.reconcile import ReconcileOptions, reconcile
from storyline.reconcile.evidence import build_docs
from storyline.reconcile.measure_keys import KeyIndex, measure_words

OFF = ReconcileOptions(key_ratio=1.0)  # no two different values are within a ratio of 1


def _minutes(text: str, value: float, about: str | None = None) -> dict:
    return {"text": text, "value": value, "unit": "minute", "kind": "duration",
            "about": about}


def _years(text: str, value: float) -> dict:
    return {"text": text, "value": value, "unit": "year", "kind": "duration"}


# The two reports of one drifting ferry: the sentences share little but what is measured.
_A = ("Engines on the Aran Star failed off Inis Mor early on Saturday. "
      "The stricken ferry drifted for 40 minutes until two tugs reached it, said harbour "
      "pilot Jon Reyes.")
_B = ("All 212 passengers were brought ashore safely by late afternoon. "
      "Coastguard logs show the vessel drifted helplessly for 75 minutes in heavy swell.")


def _ferry(extra_b: str = "", extra_figures: list[dict] | None = None) -> list[tuple]:
    a = make(_A, "Daily A", figures=[_minutes("40 minutes", 40)],
             entities=[("Jon Reyes", "PERSON")])
    b = make(_B + extra_b, "Daily B",
             figures=[_minutes("75 minutes", 75), *(extra_figures or [])])
    return [a, b]


def test_one_span_told_in_unlike_sentences_is_one_quantity():
    found = _values(reconcile(*story_of(_ferry())), "figure")
    assert found == [{"40 minutes", "75 minutes"}]
    # control: without the key (no two values within a ratio of 1) nothing aligns them
    assert not _values(reconcile(*story_of(_ferry()), options=OFF), "figure")


def test_the_words_next_to_a_number_are_its_key_not_its_source():
    (_, an), _ = _ferry()
    docs = build_docs(story_of(_ferry())[1])
    words = measure_words(docs[0], an.figures[0], 3)
    assert "drift" in {w[:5] for w in words}  # "drifted", stemmed
    assert not {"reyes", "jon"} & words  # "said harbour pilot Jon Reyes" is the source


def test_an_article_giving_two_values_with_the_key_aligns_nothing():
    # control: the second article's ferry drifted twice: its key tells two things
    pairs = _ferry(" On the return crossing the ferry drifted again for six minutes.",
                   [_minutes("six minutes", 6)])
    assert not _values(reconcile(*story_of(pairs)), "figure")


def test_a_third_value_near_them_aligns_nothing():
    # control: a third outlet's 55 minutes, near both: several spans told with one word
    c = make("Rescuers said the ferry drifted for 55 minutes near the cliffs.", "Daily C",
             figures=[_minutes("55 minutes", 55)])
    pairs = [*_ferry(), c]
    docs = build_docs(story_of(pairs)[1])
    keys = KeyIndex([(d, f, f.unit, frozenset()) for d in docs for f in d.analysis.figures], 3)
    assert not keys.aligns(0, 1, 2.0)


def test_two_peoples_spans_are_not_one_quantity():
    a = make("The mill has been run for 22 years by engineer Tom Hale.", "Daily A",
             figures=[_years("22 years", 22)], entities=[("Tom Hale", "PERSON")])
    # control: the same words of another person's years
    b = make("Fire gutted the mill, run for 30 years by Ada Brook, on Sunday night.", "Daily B",
             figures=[_years("30 years", 30)], entities=[("Ada Brook", "PERSON")])
    assert not _values(reconcile(*story_of([a, b])), "figure")
    # control: only one sentence names a person, whose years they may be
    c = make("Fire gutted the mill, run for 30 years by one family, on Sunday night.",
             "Daily C", figures=[_years("30 years", 30)])
    assert not _values(reconcile(*story_of([a, c])), "figure")
    # the same person's years in both: one span, told two ways
    d = make("Fire gutted the mill, run for 30 years by Tom Hale, on Sunday night.", "Daily D",
             figures=[_years("30 years", 30)], entities=[("Tom Hale", "PERSON")])
    assert _values(reconcile(*story_of([a, d])), "figure") == [{"22 years", "30 years"}]


def test_crowds_and_shares_are_not_aligned_by_a_key():
    crowd = {"unit": "people", "kind": "count", "about": "people"}
    a = make("Organisers said about 3,000 people marched to the town hall on Friday.",
             "Daily A", figures=[{"text": "about 3,000 people", "value": 3000, "bound": "~",
                                  **crowd}])
    # control: a crowd's size told elsewhere with one word is often another day's crowd
    b = make("In the evening some 5,000 people marched along the river with torches.",
             "Daily B", figures=[{"text": "some 5,000 people", "value": 5000, "bound": "~",
                                  **crowd}])
    assert not _values(reconcile(*story_of([a, b])), "figure")
    share = {"unit": "%", "kind": "percent"}
    c = make("The outage cut 65% of traffic to the islands for most of the day.", "Daily C",
             figures=[{"text": "65%", "value": 65, **share}])
    # control: a share of another whole told with the same word
    d = make("Up to 80% of mobile traffic on the mainland was lost, the regulator said.",
             "Daily D", figures=[{"text": "80%", "value": 80, **share}])
    assert not _values(reconcile(*story_of([c, d])), "figure")


# ------------------------------------------------------------------ casualty tallies

_DEPOT = "The explosion at the fireworks depot killed 12 workers, the fire service said."
_RUBBLE = "Rescuers searched the rubble with dogs until dusk, and by nightfall 17 were dead."


def test_each_outlets_one_toll_is_one_quantity_in_unlike_sentences():
    a, b = make(_DEPOT, "Daily A"), make(_RUBBLE, "Daily B")
    assert _values(reconcile(*story_of([a, b])), "figure") == [{"12 killed", "17 killed"}]
    # control: without the key the unlike sentences are not compared
    assert not _values(reconcile(*story_of([a, b]), options=OFF), "figure")


def test_tolls_an_article_gives_two_of_or_a_story_three_of_are_not_aligned():
    a = make(_DEPOT, "Daily A")
    # control: the second outlet tells two tolls (an early and a later one)
    b = make("At first 3 were dead. " + _RUBBLE, "Daily B")
    assert not _values(reconcile(*story_of([a, b])), "figure")
    # control: a third outlet's toll near both: several counts told in unlike sentences
    c = make("Hospital staff said 15 died of their burns overnight at the regional clinic.",
             "Daily C")
    assert not _values(reconcile(*story_of([a, make(_RUBBLE, "Daily B"), c])), "figure")


# ------------------------------------------------------------------ the night before


def _dozen(text: str, value: float, bound: str) -> dict:
    return {"text": text, "value": value, "unit": "dozen", "kind": "count", "bound": bound,
            "about": "youths"}


def test_a_count_of_the_night_before_the_day_named_is_not_of_that_day():
    a = make("On Monday about two dozen youths split from the march and looted a pharmacy.",
             "Daily A", figures=[_dozen("two dozen", 2, "~")],
             times=[{"text": "Monday", "value": "2025-03-03"}])
    b = make("On Tuesday, detectives were inside the pharmacy where, the night before, at least "
             "three dozen youths had rampaged.", "Daily B",
             figures=[_dozen("three dozen", 3, ">=")],
             times=[{"text": "Tuesday", "value": "2025-03-04"}])
    assert _values(reconcile(*story_of([a, b])), "figure") == [
        {"about 2 dozen", "at least 3 dozen"}]
    # control: a count told of the day named is that day's, another happening
    c = make("On Tuesday, detectives said at least three dozen youths had rampaged through "
             "the pharmacy that evening.", "Daily C",
             figures=[_dozen("three dozen", 3, ">=")],
             times=[{"text": "Tuesday", "value": "2025-03-04"}])
    assert not _values(reconcile(*story_of([a, c])), "figure")


def test_the_day_before_another_happening_still_dates_the_count():
    from storyline.reconcile.same_happening import _DAY_BEFORE

    assert _DAY_BEFORE.search("where, the night before, at least three dozen")
    # control: "the day before the vote" is a day before another happening: still dated
    assert not _DAY_BEFORE.search("on tuesday, the day before the vote, 300 marched")
