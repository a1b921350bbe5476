"""Defects a reader meets in briefs of real coverage (issue 11, classes 5–6), each with a
control case: dangling words in organisation names, groups and currencies taken for people,
outlet credits taken for one outlet's detail, plurals of units, a title repeated in the body."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from storyline.nlp import analyze, load_model
from storyline.nlp.people import extract_people
from storyline.nlp.pipeline import build_sentences
from storyline.reconcile.claims import _credit
from storyline.reconcile.figure_values import format_value
from storyline.reconcile.quotes import _names_someone
from storyline.records import Article
from storyline.sources.text import build_article


@pytest.fixture(scope="module", autouse=True)
def _model():
    load_model()


def names(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in analyze(Article(text=text)).people}


def names_with(text: str, span: tuple[str, int], label: str) -> dict[str, str]:
    """People of a text whose only named entity is the one given (first word, length): the
    rule under test, whatever the statistical NER would have tagged."""
    nlp = load_model()
    doc = nlp(text)
    first = [t.text for t in doc].index(span[0])
    doc.ents = [Span(doc, first, first + span[1], label=label)]
    return {p.name: p.kind for p in extract_people(doc, build_sentences(text, doc))}


def test_an_organisation_name_does_not_end_in_a_preposition():
    text = "Rioters burned part of the Regional Office of Kastoria on Monday. Police made arrests."
    assert names_with(text, ("Regional", 3), "ORG") == {"Regional Office": "org"}
    # control: a name with "of" inside stays whole
    assert names_with(text, ("Regional", 4), "ORG") == {"Regional Office of Kastoria": "org"}


def test_a_people_or_a_currency_is_not_a_person():
    assert "Greeks" not in names("Unions warn that poorer Greeks will bear the cost of the "
                                 "cuts. Greeks must also accept the measures, he said.")
    text = "Ministers agreed to lend the country 12 billion Euros over four years."
    assert names_with(text, ("Euros", 1), "PERSON") == {}
    # controls: a surname on its own is still a person, also in a tagged span
    assert names("Williams said on Monday that the plan would work. Williams added that "
                 "talks continue.").get("Williams") == "person"
    text = "Ministers agreed to lend the country money, Williams said on Monday."
    assert names_with(text, ("Williams", 1), "PERSON") == {"Williams": "person"}


def test_an_outlet_credit_at_the_end_of_a_sentence_is_not_a_detail():
    assert _credit("The inmate took off on foot, MyFoxHouston.", "MyFoxHouston", "GPE")
    assert _credit("The inmate fled on foot, Daily Ledger.", "Daily Ledger", "ORG")
    # controls: a place in apposition, a credit with a verb, a name inside the sentence
    assert not _credit("The talks were held in the capital, Beijing.", "Beijing", "GPE")
    assert not _credit("Police arrested him, Reuters said.", "Reuters", "ORG")
    assert not _credit("MyFoxHouston said the inmate fled.", "MyFoxHouston", "GPE")


def test_units_take_english_plurals():
    assert format_value(3, "life") == "3 lives"
    assert format_value(6, "foot") == "6 feet"
    assert format_value(4, "casualty") == "4 casualties"
    assert format_value(2, "box") == "2 boxes"
    assert format_value(4, "injured") == "4 injured"
    assert format_value(24, "crew") == "24 crew"  # a collective noun: "24 crews" is wrong
    # controls
    assert format_value(5, "ship") == "5 ships"
    assert format_value(2, "day") == "2 days"
    assert format_value(1, "life") == "1 life"


BODY = ("The city council voted on Tuesday to close the old bridge to lorries after "
        "engineers found cracks in two of its supports. The mayor said repairs would "
        "take at least a year and cost about 4 million euros.")


def test_a_title_repeated_with_a_full_stop_leaves_the_body():
    title = "Council Closes ‘Old Bridge’ to Lorries"
    art = build_article(f"{title}.’\n\n{BODY}", source="t.txt", today=date(2026, 1, 1),
                        meta={"title": title})
    assert art.text.strip().startswith("The city council")
    # control: a first line that only shares words with the title stays
    art = build_article(f"Council closes bridge, engineers warn.\n\n{BODY}", source="t.txt",
                        today=date(2026, 1, 1), meta={"title": title})
    assert art.text.strip().startswith("Council closes bridge")


def test_a_bare_relative_pronoun_is_no_speaker_name():
    assert not any(_names_someone(t) for t in ["who", "which", "who’ve", "his", "", None])
    # controls: a name, a description
    assert _names_someone("Lyons") and _names_someone("the two jurors")


def tagged(text: str, word: str, labels: list[str]) -> dict[str, str]:
    """People when NER tags the n-th occurrence of ``word`` with ``labels[n]``."""
    nlp = load_model()
    doc = nlp(text)
    spots = [t.i for t in doc if t.text == word]
    doc.ents = [Span(doc, i, i + 1, label=lab) for i, lab in zip(spots, labels, strict=True)]
    return {p.name: p.kind for p in extract_people(doc, build_sentences(text, doc))}


def test_a_word_ner_mostly_calls_a_place_is_not_a_person():
    text = "Crowds filled Larissa on Monday. Larissa stayed calm, and shops in Larissa reopened."
    assert "Larissa" not in tagged(text, "Larissa", ["GPE", "PERSON", "GPE"])
    # control: mostly a person
    text = "Voters cheered Marlow on Monday. Marlow thanked them and said Marlow would stay."
    assert tagged(text, "Marlow", ["PERSON", "PERSON", "GPE"]).get("Marlow") == "person"
