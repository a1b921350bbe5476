"""Person names never begin with the adverb or connective that opens their sentence."""

from __future__ import annotations

import pytest

from storyline.nlp import analyze, load_model
from storyline.records import Article


@pytest.fixture(scope="module", autouse=True)
def _model():
    load_model()


def names(text: str) -> set[str]:
    return {p.name for p in analyze(Article(text=text)).people if p.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ironically Whitcombe said the ferry would never sail on time.", "Whitcombe"),
        ("Ironically, Whitcombe said the ferry would never sail on time.", "Whitcombe"),
        ("Meanwhile Okonjo told the council the bridge was safe.", "Okonjo"),
        ("Nevertheless Kowalski insisted the tunnel plan would work.", "Kowalski"),
        ("Frankly Delacroix did not expect the vote to pass.", "Delacroix"),
        ('"Reportedly Marchetti will leave the club," the paper wrote.', "Marchetti"),
    ],
)
def test_a_sentence_adverb_before_a_name_is_no_part_of_it(sentence: str, name: str) -> None:
    found = names(sentence)
    assert name in found, found
    assert not any(n != name and n.endswith(name) for n in found), found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kelly Whitcombe said the ferry would never sail on time.", "Kelly Whitcombe"),
        ("Beverly Okonjo told the council the bridge was safe.", "Beverly Okonjo"),
        ("Van Albrecht insisted the tunnel plan would work.", "Van Albrecht"),
    ],
)
def test_a_given_name_opening_the_sentence_stays(sentence: str, name: str) -> None:
    assert name in names(sentence)


def test_mid_sentence_names_are_untouched() -> None:
    found = names("The mayor said that Carly Oxenford would chair the inquiry.")
    assert "Carly Oxenford" in found
