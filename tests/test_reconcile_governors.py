"""Issue 11, eighth session: dates and clock times compared through the verb they modify
(``nlp/time_governors``, ``reconcile/event_years``), and quotations opened with a straight
mark that close lines later. Short reports written for these tests, each rule with a case
that must be reported and a control that must not."""

from __future__ import annotations

from test_nlp_quotes import quotes
from test_reconcile import reconcile_texts as _rec
from test_reconcile import values_of as _values

from storyline.nlp.pipeline import analyze
from storyline.records import Article


def _times(text: str) -> dict[str, str | None]:
    analysis = analyze(Article(id="t", text=text, outlet="Daily"))
    return {t.text: t.governor for t in analysis.times}


def test_a_date_knows_the_verb_it_dates_wherever_it_stands():
    got = _times("In 1957, Marta Ilves left the ballet. The company closed its school in 1962.")
    assert got == {"1957": "left", "1962": "closed"}
    # no verb to date: a heading
    assert _times("Elections of 2019") == {"2019": None}


def test_one_happening_dated_in_two_years_in_unlike_sentences():
    a = ("Marta Ilves, who died on Sunday, was a dancer and teacher. In 1957, Marta Ilves "
         "retired from the stage and moved to Tartu, where she taught for decades.")
    b = ("Marta Ilves had a long career at the national ballet before she retired from the "
         "stage in 1958, friends recalled.")
    assert {"1957", "1958"} in _values(_rec(a, b), "date")


def test_years_of_one_verb_far_apart_or_of_other_people_are_two_happenings():
    a = "Ilves married the conductor Peeter Raud in 1951 and left the ballet later."
    b = "In 1964 she married the painter Jaan Kask, her second husband."
    assert not _values(_rec(a, b), "date")  # thirteen years apart: two marriages
    c = "Marta Ilves retired from the stage in 1957, at the height of her fame."
    d = "Her partner Ott Lepp retired from the stage in 1958 after an injury."
    assert not _values(_rec(c, d), "date")  # two people's retirements


def test_an_outlet_giving_two_years_for_the_verb_tells_two_happenings():
    a = ("The plant first closed in 1991 and closed again in 1993 after a brief "
         "reopening, the union said.")
    b = "Workers remember the winter the plant closed in 1992."
    assert not _values(_rec(a, b), "date")


def test_a_day_dated_through_the_same_verb_in_unlike_sentences():
    a = ("The port operator announced new shift rules on June 2, 2025. On June 9, 2025, the "
         "harbour master resigned after a row with the port operator.")
    b = ("The port operator published new shift rules on June 2, 2025. Ilse Vos, who had run "
         "the harbour for a decade, resigned on June 10, 2025, colleagues said.")
    found = _values(_rec(a, b), "date")
    assert any({v.split()[0] for v in d} == {"2025-06-09", "2025-06-10"} for d in found)
    # another verb, another happening: her successor's appointment
    c = b.replace("resigned on June 10", "was appointed on June 10")
    assert not _values(_rec(a, c), "date")


def test_a_straight_quotation_closed_lines_later_is_one_quote():
    text = ('The minister said:\n"We will not raise the levy this year.\n'
            'Families have paid enough."\nThe opposition disagreed.')
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert len(found) == 1
    assert found[0].text.startswith("We will not raise the levy")
    assert found[0].text.endswith("Families have paid enough.")
    # a stray mark opening a line is no quotation running on
    stray = quotes('"The levy stays, the minister said on Monday.\nThe opposition '
                   'called it "a tax on families".')
    assert not any("opposition" in q.text for q in stray if q.kind == "direct")


def test_clock_times_of_the_same_happening_verb_in_unlike_sentences():
    a = ("Firefighters were called to the depot at 7 p.m. on Friday. The blaze broke out at "
         "8:40 p.m. in a storeroom behind the main hall and spread fast.")
    b = ("The fire, which broke out at 9:05 p.m. on Friday, destroyed the depot. Crews left "
         "at 11 p.m.")
    assert {"at 8:40 p.m.", "at 9:05 p.m."} in _values(_rec(a, b), "time")
    # the time it was put out is another moment
    c = b.replace("broke out at 9:05", "was put out at 9:05")
    assert not _values(_rec(a, c), "time")
