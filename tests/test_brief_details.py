"""One outlet's extra details that are no news (brief/details.py): the outlet's own name,
the parts of a clock time, a clipped state tag — each with a control that stays."""

from __future__ import annotations

from storyline.brief.details import abbreviation, clock_part, names_outlet, worth_showing


def test_an_outlet_naming_itself_is_no_detail() -> None:
    assert names_outlet("Atlas Newswire", "Atlas Newswire")
    assert names_outlet("The Harbour Gazette", "harbour-gazette.com")
    assert names_outlet("The Daily Ledger", "daily-ledg")  # a handle of its letters
    assert names_outlet("The North Valley Times", "nvt")  # a handle of its initials
    # controls: another outlet, a person whose initials are not the handle
    assert not names_outlet("Bloomberg", "Atlas Newswire")
    assert not names_outlet("Nora Taylor", "nvt")
    assert not names_outlet("Dallas", "daily-ledg")


def test_the_parts_of_a_clock_time_are_no_detail() -> None:
    sentence = "The lines failed between 0400 and 0600 GMT, and again at 10:20 a.m. on Monday."
    for part in ("0400", "0600", "GMT", "10:20"):
        assert clock_part(part, sentence), part
    # controls: a count and a year are details
    assert not clock_part("0600", "The company hired 0600 workers in 2009.")
    assert not clock_part("2009", "The company hired 600 workers in 2009.")
    assert not clock_part("Monday", sentence)


def test_a_clipped_state_tag_is_no_detail() -> None:
    assert abbreviation("Ky", "Senator Ann Bell, R-Ky., said the bill would pass.")
    assert abbreviation("Colo", "He was sent to a prison in Florence, Colo., last year.")
    # controls: a name ending a sentence, a full state name
    assert not abbreviation("Bob", "The chair went to Bob. He accepted.")
    assert not abbreviation("Ohio", "He was sent to a prison in Ohio, last year.")


def test_worth_showing_keeps_a_real_detail() -> None:
    sentence = "Atlas Newswire reported that 9,000 people marched to the Berlaymont."
    assert not worth_showing("Atlas Newswire", "Atlas Newswire", sentence)
    assert worth_showing("9,000", "Atlas Newswire", sentence)
    assert worth_showing("Berlaymont", "Atlas Newswire", sentence)


def test_a_credit_is_no_detail() -> None:
    from storyline.brief.details import credit

    assert credit("Bloomberg", "Phone service failed, according to Bloomberg.")
    assert credit("Ledger News", "Officials told Ledger News that no date was set.")
    assert credit("BBC", "Wright told the BBC that the effects would last days.")
    assert credit("Ledger", "Service was cut, the Ledger article said.")
    # controls: a spokesman named, a victim
    assert not credit("Alfredo Ruiz", "He fled, said Alfredo Ruiz, a spokesman.")
    assert not credit("Smith", "He shot Smith and fled.")
