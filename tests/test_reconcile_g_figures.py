"""Issue 11, figure disagreements of forms the rules did not read (engineer G): a toll of
none against a count, spans in decades or words, aircraft and warships however named, a
margin "by N votes", points of a share. Each rule on short two-outlet reports written for
these tests: a conflict that must be reported and a control that must not."""

from __future__ import annotations

from test_reconcile import reconcile_texts as _rec
from test_reconcile import story_of
from test_reconcile import values_of as _values

from storyline.nlp.pipeline import analyze
from storyline.reconcile.evidence import build_docs
from storyline.reconcile.headlines import headline_slips
from storyline.reconcile.tallies import sentence_tallies, sentence_zeros
from storyline.records import Article


def test_a_toll_of_none_is_read_only_when_said_of_everyone():
    assert sentence_zeros("No injuries were reported.") == {"injured"}
    assert sentence_zeros("Nobody was killed or injured in the blast.") == {"killed", "injured"}
    assert sentence_zeros("There were no reports of injuries, officials said.") == {"injured"}
    # a group, a degree, a moment or a hedge leaves room for other casualties
    for text in ("There were no injuries to police officers.", "No one else was hurt.",
                 "No serious injuries were reported.", "No one on board was hurt.",
                 "There were no immediate reports of injuries.",
                 "It was not clear whether anyone was hurt.", "Nobody was seriously hurt."):
        assert not sentence_zeros(text), text


def test_no_injuries_against_a_count_of_the_injured():
    a = "The magnitude 5.8 quake shook the city of Varna on Tuesday. No injuries were reported."
    b = "The magnitude 5.8 quake shook Varna on Tuesday, injuring three people, officials said."
    assert {"no injuries", "3 injured"} in _values(_rec(a, b), "figure")
    # control: none in both
    c = "The magnitude 5.8 quake shook Varna on Tuesday. Nobody was hurt, officials said."
    assert not _values(_rec(a, c), "figure")
    # control: none among one group is no count of everyone
    d = ("The magnitude 5.8 quake shook Varna on Tuesday. There were no injuries to rescue "
         "workers.")
    assert not _values(_rec(d, b), "figure")


def test_no_one_else_hurt_beside_a_count_is_no_toll_of_none():
    a = ("A rocket exploded on the test stand on Friday, injuring two people. No one else "
         "was hurt, the company said.")
    c = "A rocket exploded on its test stand on Friday, injuring two people, officials said."
    assert not _values(_rec(a, c), "figure")
    # against an outlet saying none, the count is the other value
    b = "The rocket exploded on the test stand on Friday. No injuries were reported."
    assert {"no injuries", "2 injured"} in _values(_rec(a, b), "figure")


def test_a_later_count_after_none_is_an_update():
    a = "The quake struck the coast of Orsk on Friday morning. No injuries were reported."
    b = "The quake struck the coast of Orsk on Friday morning, injuring four people."
    rec = _rec(a, b, published=["2025-03-07T06:00:00+00:00", "2025-03-07T18:00:00+00:00"])
    assert not _values(rec, "figure")


def test_spans_in_decades_and_in_words_are_compared_in_years():
    a = "For three decades the senator has chaired the finance committee, aides said."
    b = "The senator, who has chaired the finance committee for a quarter-century, will retire."
    assert {"three decades", "a quarter-century"} in _values(_rec(a, b), "figure")
    # control: the same span in years
    c = "The senator, who has chaired the finance committee for 30 years, will retire."
    assert not _values(_rec(a, c), "figure")
    # control: a span rounded to decades
    d = "The president ruled the country for two decades until his death in 2006."
    e = "The president died in 2006 after 21 years in power."
    assert not _values(_rec(d, e), "figure")


def test_no_one_is_none_however_written():
    # "no - one" (tokenised text) and "no-one" count none, not one
    for text in ("No - one was injured in the fire.", "No-one has been injured."):
        assert sentence_zeros(text) == {"injured"}, text
        assert not sentence_tallies(text), text
    assert sentence_tallies("One was injured, police said.") == [("injured", 1.0, "=")]


def test_homes_however_named():
    a = "The quake destroyed 1,200 homes in Orsk on Friday."
    b = "About 2,000 houses were destroyed in Orsk by Friday's quake."
    assert {"1,200 homes", "about 2,000 houses"} in _values(_rec(a, b), "figure")
    c = "Some 1,200 houses were destroyed in Orsk by Friday's quake."
    assert not _values(_rec(a, c), "figure")


def test_aircraft_and_warships_however_named():
    a = "China sent 71 aircraft and nine ships toward the island on Sunday, the ministry said."
    b = "The ministry said 68 warplanes and nine vessels approached the island on Sunday."
    assert {"71 aircraft", "68 warplanes"} in _values(_rec(a, b), "figure")
    # control: one count of planes and warships
    c = "The ministry said 71 warplanes and nine warships approached the island on Sunday."
    assert not _values(_rec(a, c), "figure")


def test_a_margin_by_votes_against_a_margin_of_votes():
    a = "The bill passed the Senate by 12 votes on Thursday."
    b = "The Senate approved the bill on Thursday by a 14-vote margin."
    assert {"12 votes", "14 votes"} in _values(_rec(a, b), "figure")
    c = "The Senate approved the bill on Thursday by a 12-vote margin."
    assert not _values(_rec(a, c), "figure")
    # a margin of votes is not a vote of some other size
    d = "The committee, whose 14-vote margin held for years, met on Thursday about the bill."
    assert not _values(_rec(d, a), "figure")


def test_points_of_a_share_are_percentage_points():
    a = "The party's share of the vote fell by 4 percentage points to 31% on Sunday."
    b = "The party's share of the vote fell 6 points to 31% on Sunday."
    assert {"4 pp", "6 pp"} in _values(_rec(a, b), "figure")
    c = "The party's share of the vote fell 4 points to 31% on Sunday."
    assert not _values(_rec(a, c), "figure")
    # points of a game are no share
    d = "Lee scored 31 points on Sunday as the Hawks won the final."
    e = "Lee scored 28 points on Sunday and shot 40 percent as the Hawks won the final."
    found = _values(_rec(d, e), "figure")
    assert not any("pp" in v for vs in found for v in vs)


def test_a_casualty_toll_told_as_a_death_toll():
    a = "The quake killed 21 people in the province of Orsk on Friday."
    b = "Friday's quake in Orsk left a death toll of 23, officials said."
    assert {"21 killed", "23 killed"} in _values(_rec(a, b), "figure")
    c = "Friday's quake in Orsk left a death toll of 21, officials said."
    assert not _values(_rec(a, c), "figure")


def test_a_prison_term_told_as_years_in_prison():
    a = "The judge sentenced Marsh to 12 years in prison on Tuesday for the fraud."
    b = "Marsh received a 10-year prison term on Tuesday for the fraud."
    assert {"12 years", "10 years"} in _values(_rec(a, b), "figure")
    assert {"12 years", "10 years"} in _values(
        _rec("Marsh was jailed for 12 years on Tuesday.",
             "Marsh was given a 10-year jail term on Tuesday."), "figure")
    c = "Marsh received a 12-year prison term on Tuesday for the fraud."
    assert not _values(_rec(a, c), "figure")
    # a span of another sort beside a term
    d = "Marsh, who ran the fund for 10 years, was sentenced on Tuesday for the fraud."
    assert not _values(_rec(b, d), "figure")


def test_a_length_before_a_clause_of_time_is_no_offset():
    a = "The rocket reached an altitude of 140 km before its engines shut down on Thursday."
    b = "The rocket peaked at about 150 kilometres on Thursday before the engines cut out."
    assert {"140 km", "about 150 kilometres"} in _values(_rec(a, b), "figure")


def test_two_outlets_numbering_one_test_flight_or_round():
    a = "The company's seventh test flight of the rocket ended in an explosion on Thursday."
    b = "The eighth test flight of the company's rocket ended in an explosion on Thursday."
    assert {"seventh test flight", "eighth test flight"} in _values(_rec(a, b), "figure")
    c = "Negotiators opened the fifth round of trade talks in Geneva on Monday."
    d = "The sixth round of trade talks opened in Geneva on Monday."
    assert {"fifth round", "sixth round"} in _values(_rec(c, d), "figure")
    # controls: the same number; an article also telling the previous flight; members far
    # apart; names; rankings and times
    e = "The seventh test flight of the company's rocket ended in an explosion on Thursday."
    assert not _values(_rec(a, e), "figure")
    f = ("The rocket's seventh test flight ended in an explosion on Thursday, after its "
         "sixth test flight in March went well.")
    assert not _values(_rec(f, b), "figure")
    g = "The booster, on its 20th flight, landed on the barge after Thursday's launch."
    h = "The booster landed on the barge after Thursday's launch, the rocket's 300th flight."
    assert not _values(_rec(g, h), "figure")
    i = "The Fifth Circuit heard the tariff case on Monday in New Orleans."
    j = "The Ninth Circuit heard the tariff case on Monday in New Orleans."
    k = "It was the third largest quake to hit the region, and the second time this year."
    m = "It was the fourth largest quake to hit the region, and the third time this year."
    n = "Police arrested the second suspect in the shooting at the depot on Monday."
    o = "Police arrested the third suspect in the shooting at the depot on Monday."
    for x, y in ((i, j), (k, m), (n, o)):
        assert not _values(_rec(x, y), "figure")


def _slips(*texts: str) -> list[set[str]]:
    """The headline slips of short reports (real analysis), one outlet each."""
    arts = [Article(id=f"h{n}", text=t, outlet=f"Daily {n}", title=f"report {n}")
            for n, t in enumerate(texts)]
    docs = build_docs(story_of([(a, analyze(a)) for a in arts])[1])
    return [{v.value for v in d.values} for d in headline_slips(docs)]


_LEAD = ("Four men rammed their car into a jewellery store in central Paris on Monday and "
         "made off with gems worth $2.6 million, police said.")
_OTHER = ("Four men rammed a car into a Paris jewelry store on Monday and escaped with $2.6 "
          "million in gems, police said.")


def test_a_headline_sum_against_its_own_lead_and_other_outlets():
    a = "Thieves grab $2.5 million in gems from Paris store\n\n" + _LEAD
    assert _slips(a, _OTHER) == [{"$2.5 million", "$2.6 million"}]
    assert {"$2.5 million", "$2.6 million"} in _values(_rec(a, _OTHER), "figure")
    # controls: the headline repeats the lead's sum; a headline of another sum; no other
    # outlet backs the lead's sum; another outlet's lead gives the headline's sum
    b = "Thieves grab $2.6 million in gems from Paris store\n\n" + _LEAD
    c = "Store owner offers $50,000 reward after Paris raid\n\n" + _LEAD
    d = ("Four men rammed a car into a Paris jewelry store on Monday and escaped with gems, "
         "police said.")
    e = ("Four men rammed a car into a Paris jewelry store on Monday and escaped with $2.5 "
         "million in gems, police said.")
    assert not _slips(b, _OTHER)
    assert not _slips(c, _OTHER)
    assert not _slips(a, d)
    assert not _slips(a, e, _OTHER)


def test_a_window_set_for_days_is_no_running_span():
    a = "The two sides agreed to a 90-day pause in the tariff increases on Monday."
    b = "On Monday the two sides agreed to pause the tariff increases for 60 days."
    assert {"90 days", "60 days"} in _values(_rec(a, b), "figure")
    c = "On Monday the two sides agreed to pause the tariff increases for 90 days."
    assert not _values(_rec(a, c), "figure")


def test_an_election_margin_in_points_and_in_percentage_points():
    a = "Novak won the runoff by 12 points on Sunday, official results showed."
    b = "Official results showed Novak won Sunday's runoff by a 10-point margin."
    assert {"12 points", "10 points"} in _values(_rec(a, b), "figure")
    c = "Novak won the runoff by 12 percentage points on Sunday."
    d = "Novak won Sunday's runoff by a 10-point margin."
    assert {"12 pp", "10 pp"} in _values(_rec(c, d), "figure")
    # controls: the same margin; a game's points where nobody speaks of percentage points
    e = "Novak won Sunday's runoff by a 12-point margin."
    assert not _values(_rec(c, e), "figure")
    f = "The Hawks won by 12 points on Sunday."
    g = "The Hawks won Sunday's final by a 12-point margin."
    assert not _values(_rec(f, g), "figure")


def test_one_more_after_a_count_is_one():
    assert sentence_tallies("Police said two people were killed and another wounded.") == [
        ("killed", 2.0, "="), ("injured", 1.0, "=")]
    assert sentence_tallies("She shot dead two co-workers, critically injuring a third.") == [
        ("injured", 1.0, "=")]
    assert sentence_tallies("A third of the injured were children.") == []
    a = ("A gunman opened fire at the depot in Carrow on Monday, killing two workers and "
         "wounding two others, police said.")
    b = ("A gunman opened fire at the depot in Carrow on Monday, killing two workers and "
         "critically injuring a third, police said.")
    assert {"2 injured", "1 injured"} in _values(_rec(a, b), "figure")
    c = ("Police said two workers were killed and another wounded when a gunman opened fire "
         "at the depot in Carrow on Monday.")
    assert not _values(_rec(b, c), "figure")


def test_a_unit_without_vowels_takes_no_plural():
    from storyline.reconcile.figure_values import format_value

    assert format_value(17000, "mph") == "17,000 mph"
    assert format_value(3, "goal") == "3 goals"
