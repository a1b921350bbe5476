"""Twin events of one day (two heists, two deaths): the sums of money in the lead and who
the articles are about keep them apart, online and in the repair, while two outlets'
reports of one event (a converted or rounded sum, a name spelt two ways) stay together.
Where the event happened does the same for two quakes of one day.
Articles written for these tests."""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis, Article, Entity, Mention, Person, TimeExpr
from storyline.stories import ClusterOptions, StoryIndex
from storyline.stories.evidence import (
    labels_conflict,
    lead_amounts,
    lead_day,
    people,
    people_conflict,
    places,
)

DAY = "2025-03-10"

# -- sums of money in the lead ---------------------------------------------------------


def test_sums_of_money_in_the_lead_are_read_with_their_scale():
    got = lead_amounts("Raiders take $2.6 million in watches",
                       "Robbers took 85 million euros ($108 million) of gems; the insurer "
                       "put its loss at £40bn and paid a $50 fee.")
    assert got == {("amount", "2.6e+06"), ("amount", "8.5e+07"), ("amount", "1.08e+08"),
                   ("amount", "4e+10")}  # the $50 fee is too small to be the event's
    assert lead_amounts(None, "Shares rose 3 million times, by 12 percent.") == frozenset()


def test_sums_beyond_the_lead_are_background():
    body = "Four men rammed a car into a jeweller's window on Monday. " * 12
    assert lead_amounts(None, body + "A 2008 raid took $108 million.") == frozenset()


def test_sums_far_apart_conflict_and_a_converted_or_rounded_sum_does_not():
    heist = {("amount", "2.6e+06")}
    assert labels_conflict(heist, {("amount", "1.08e+08")})
    assert not labels_conflict(heist, {("amount", "2.5e+06")})  # rounded, or converted
    # one sum in common is enough, whatever else either lead gives
    assert not labels_conflict({("amount", "2.6e+06"), ("amount", "9e+09")},
                               {("amount", "2.4e+06"), ("amount", "5e+04")})


HEIST_A = [
    ("Raiders ram car into Rue Lambert jeweller, take $2.6 million in watches",
     "Harbour Times",
     "Four men rammed a car into a jewellery shop on Rue Lambert in Veronne early on "
     "Monday and fled with watches and rings worth $2.6 million, police said. The car was "
     "later found burnt out near the ring road."),
    ("Jeweller robbed in ram-raid: watches worth 2.4 million euros taken",
     "Atlas Newswire",
     "Robbers drove a car through the window of a jewellery shop in Veronne on Monday "
     "and escaped with watches worth 2.4 million euros ($2.6 million), police said. The "
     "burnt-out car was found near the ring road."),
]
HEIST_B = ("Raiders ram car into Veronne jeweller, take $95 million in diamonds",
           "Atlas Newswire",
           "Four armed men rammed a car into a jewellery shop in Veronne early on Monday and "
           "fled with diamonds worth $95 million, police said. The car was later found burnt "
           "out near the ring road.")


def _cluster(items: list[tuple[str, str, str]], options: ClusterOptions) -> list[int]:
    index = StoryIndex(options)
    arts = [Article(text=text, title=title, outlet=outlet, published=DAY)
            for title, outlet, text in items]
    for article in arts:
        index.assign(article, None)
    index.repair()
    return [index.story_of[a.id] for a in arts]


def test_two_heists_of_one_day_stay_apart_by_their_sums():
    story = _cluster([*HEIST_A, HEIST_B], ClusterOptions())
    assert story[0] == story[1]  # one raid: $2.6 million, and 2.4 million euros ($2.6m)
    assert story[2] != story[0]
    # control: without the sums as evidence the same texts make one story
    assert len(set(_cluster([*HEIST_A, HEIST_B], ClusterOptions(lead_amounts=False)))) == 1


# -- who the articles are about: one name spelt two ways -------------------------------


def _about(text: str, name: str) -> Analysis:
    surname = name.split()[-1]
    mentions = []
    start = 0
    while (at := text.find(surname, start)) != -1:
        mentions.append(Mention(surname, at, at + len(surname), 0))
        start = at + len(surname)
    return Analysis("x", "test", people=[Person(name, "person", [], mentions)])


def test_a_surname_spelt_two_ways_is_one_person_and_another_surname_is_not():
    a = people(_about("Bessent met the envoy. Bessent said talks went well.", "Scott Bessent"))
    b = people(_about("Bassant met the envoy. Bassant said talks went well.", "Scott Bassant"))
    c = people(_about("Lindqvist met the envoy. Lindqvist said talks went well.",
                      "Maja Lindqvist"))
    assert ("person", "bessent") in a and ("person", "bassant") in b
    assert not people_conflict(a, b)  # one man, two spellings
    assert people_conflict(a, c)
    # short names are not matched by likeness ("Li" / "Lu" are two people)
    assert people_conflict({("person", "li"), ("named", "li")},
                           {("person", "lu"), ("named", "lu")})


DEATH_A = [
    ("Harbour pilot Anselm Korvath dies at 91", "Harbour Times",
     "Anselm Korvath, who guided ships into Port Alvery for four decades, died on Sunday "
     "at 91, the port authority said. Korvath retired in 1998. Korvath is survived by a "
     "daughter."),
    ("Port Alvery mourns pilot Anselm Korwath", "Atlas Newswire",
     "The port authority said Anselm Korwath, who piloted ships into Port Alvery for forty "
     "years, died on Sunday aged 91. Korwath retired in 1998."),
]
DEATH_B = ("Harbour pilot Ines Marchetti dies at 88", "Atlas Newswire",
           "Ines Marchetti, who guided ships into Port Alvery for four decades, died on "
           "Sunday at 88, the port authority said. Marchetti retired in 1998. Marchetti is "
           "survived by a daughter.")


def _deaths(options: ClusterOptions) -> list[int]:
    index = StoryIndex(options)
    arts = []
    for (title, outlet, text), name in zip([*DEATH_A, DEATH_B],
                                           ["Anselm Korvath", "Anselm Korwath",
                                            "Ines Marchetti"], strict=True):
        arts.append(Article(text=text, title=title, outlet=outlet, published=DAY))
        index.assign(arts[-1], _about(text, name))
    index.repair()
    return [index.story_of[a.id] for a in arts]


def test_two_deaths_of_one_day_stay_apart_and_a_misspelt_name_stays_together():
    story = _deaths(ClusterOptions(people_evidence=True))
    assert story[0] == story[1]  # Korvath / Korwath: one man
    assert story[2] != story[0]
    # control: without who died as evidence, the two deaths are one story (the two deaths
    # of one outlet's day are also kept apart by ``one_outlet_factor``: off here)
    assert len(set(_deaths(ClusterOptions(people_evidence=False,
                                          one_outlet_factor=1.0)))) == 1


# -- where the event happened ----------------------------------------------------------


def _at(text: str, *names: str) -> Analysis:
    entities = []
    for name in names:
        start = 0
        while (at := text.find(name, start)) != -1:
            entities.append(Entity(name, "GPE", at, at + len(name), 0))
            start = at + len(name)
    return Analysis("x", "test", entities=entities)


def test_the_main_place_is_named_in_the_lead_and_most_often():
    text = ("A strong earthquake shook Tarvona on Sunday. Tarvona's mayor said schools would "
            "close. " + "Rescuers worked through the night. " * 12
            + "Aid came from Lisle. Lisle and Orvieto sent tents. Lisle sent doctors.")
    got = places(_at(text, "Tarvona", "Lisle", "Orvieto"))
    # Lisle is named most, but only beyond the lead: background, not the event's place
    assert ("place", "tarvona") in got and ("place", "lisle") not in got
    assert {("where", "lisle"), ("where", "orvieto")} <= got
    tie = places(_at("Floods hit Dunmore, Kelvria. Dunmore and Kelvria asked for help.",
                     "Dunmore", "Kelvria"))
    assert {("place", "dunmore"), ("place", "kelvria")} <= tie  # a town and its country
    assert places(_at("Floods hit Dunmore.", "Dunmore")) == {("where", "dunmore")}


def test_a_place_conflict_needs_each_main_place_unnamed_on_the_other_side():
    tarvona = {("place", "tarvona"), ("where", "tarvona")}
    assert people_conflict(tarvona, {("place", "lisle"), ("where", "lisle")})
    # the other names the town (at another precision, or as background): no conflict
    assert not people_conflict(tarvona, {("place", "kelvria"), ("where", "kelvria"),
                                         ("where", "tarvona")})
    # a name the tagger calls a place on one side and a person on the other is named
    assert not people_conflict({("place", "jordan"), ("where", "jordan")},
                               {("place", "amman"), ("where", "amman"), ("named", "jordan")})
    # a place's initials are the place ("United States" / "U.S.")
    assert not people_conflict({("place", "united states"), ("where", "united states")},
                               {("place", "u.s."), ("where", "u.s.")})


QUAKES = [
    ("A magnitude 6.1 earthquake struck near Tarvona early on Sunday, cracking roads and "
     "cutting power, the seismology office said. In Tarvona, residents slept outside.",
     "Harbour Times", "Tarvona"),
    ("The magnitude 6.1 quake near Tarvona cracked roads and cut power early on Sunday, the "
     "seismology office said. Tarvona's schools will stay shut.", "Atlas Newswire", "Tarvona"),
    ("A magnitude 6.1 earthquake struck near Morvel early on Sunday, cracking roads and "
     "cutting power, the seismology office said. In Morvel, residents slept in cars.",
     "Atlas Newswire", "Morvel"),
]


def _quakes(options: ClusterOptions) -> list[int]:
    index = StoryIndex(options)
    arts = [Article(text=text, outlet=outlet, published=DAY) for text, outlet, _ in QUAKES]
    for article, (text, _, place) in zip(arts, QUAKES, strict=True):
        index.assign(article, _at(text, place))
    index.repair()
    return [index.story_of[a.id] for a in arts]


def test_two_quakes_of_one_day_stay_apart_by_where_they_struck():
    story = _quakes(ClusterOptions())
    assert story[0] == story[1]
    assert story[2] != story[0]
    # control: without the places as evidence the same texts make one story
    assert len(set(_quakes(ClusterOptions(place_evidence=False)))) == 1


# -- the day the lead names (when_evidence, off by default) ----------------------------


def _times(text: str, *days: tuple[str, str]) -> Analysis:
    return Analysis("x", "test", times=[
        TimeExpr(phrase, text.index(phrase), text.index(phrase) + len(phrase), 0, "DATE",
                 value, "day") for phrase, value in days])


def test_the_lead_day_is_the_first_day_near_publication_resolved_against_it():
    text = "The 2008 raid on May 2 was recalled on Tuesday, when robbers struck again."
    got = lead_day(date(2025, 3, 10), _times(text, ("May 2", "2024-05-02"),
                                             ("Tuesday", "2025-03-04")))
    assert got == {("when", "2025-03-04")}  # May 2 is far from publication: background
    assert lead_day(None, _times(text, ("Tuesday", "2025-03-04"))) == frozenset()


def test_lead_days_more_than_a_day_apart_conflict():
    tuesday, thursday = {("when", "2025-03-04")}, {("when", "2025-03-06")}
    assert people_conflict(tuesday, thursday)
    assert not people_conflict(tuesday, {("when", "2025-03-05")})  # time zones, last night
    assert not people_conflict(tuesday, {("place", "lisle"), ("where", "lisle")})
