"""One-word "people" that the story shows to be places or things (reconcile/lone_names.py),
on hand-built analyses: the tagger's calls are given, so each rule is tested alone."""

from __future__ import annotations

import re

from storyline.reconcile.evidence import Doc
from storyline.reconcile.lone_names import not_a_person
from storyline.reconcile.people import merge_people
from storyline.records import Analysis, Article, Entity, Mention, Person, Quote


def _doc(n: int, text: str, labels: dict[str, str], people: tuple[str, ...] = (),
         quotes: tuple[tuple[str, str], ...] = ()) -> Doc:
    """An article whose every occurrence of each ``labels`` key is tagged with its label."""
    entities, persons = [], []
    for word, label in labels.items():
        for m in re.finditer(re.escape(word), text):
            entities.append(Entity(word, label, m.start(), m.end(), 0))
    for name in people:
        m = re.search(re.escape(name), text)
        assert m
        persons.append(Person(name, "person", [], [Mention(name, m.start(), m.end(), 0)]))
    qs = [Quote(q, text.index(q), text.index(q) + len(q), 0, "direct", speaker=who,
                speaker_text=who) for q, who in quotes]
    article = Article(id=f"a{n}", text=text, outlet=f"Daily {n}")
    analysis = Analysis(article_id=article.id, version="t", entities=entities,
                        people=persons, quotes=qs)
    return Doc(article, analysis, None, article.outlet, order=n)


def test_a_word_other_articles_tag_a_place_is_no_person() -> None:
    docs = [
        _doc(0, "The lines near the Harwick relay station were cut.", {"Harwick": "PERSON"}),
        _doc(1, "Ships anchored off Harwick, Norland, cut the line.",
             {"Harwick": "GPE", "Norland": "GPE"}),
        _doc(2, "The port of Harwick was closed on Friday.", {"Harwick": "GPE"}),
    ]
    assert not_a_person("Harwick", docs)
    # control: the same word as a person the other articles name too
    people = [
        _doc(0, "Harwick said the lines were cut.", {"Harwick": "PERSON"}),
        _doc(1, "Engineer Harwick told reporters the repair would take days.",
             {"Harwick": "PERSON"}),
    ]
    assert not not_a_person("Harwick", people)


def test_a_word_after_a_preposition_of_place_is_no_person() -> None:
    docs = [_doc(0, "The former governor said on Chirper that he was angry.",
                 {"Chirper": "PERSON"})]
    assert not_a_person("Chirper", docs)
    docs = [_doc(0, "Beyond Halverton, other members were not satisfied.",
                 {"Halverton": "PERSON"})]
    assert not_a_person("Halverton", docs)
    docs = [_doc(0, "He told the radio station KWRT of Lindale that he was sad.",
                 {"Lindale": "PERSON"})]
    assert not_a_person("Lindale", docs)


def test_a_word_followed_by_a_place_is_no_person() -> None:
    text = ("He was held in the prison known as Maxwell - in Boulder, where the rules are "
            "strict. Maybe Maxwell would be a good place for him, the sheriff said.")
    assert not_a_person("Maxwell", [_doc(0, text, {"Maxwell": "PERSON", "Boulder": "GPE"})])


def test_a_one_word_person_with_a_relation_title_or_speech_stays() -> None:
    text = "Her father, Osvald, and aunt, Mirela, sat in the gallery every day."
    doc = _doc(0, text, {"Osvald": "PERSON", "Mirela": "PERSON"})
    assert not not_a_person("Osvald", [doc])
    assert not not_a_person("Mirela", [doc])
    doc = _doc(0, "Envoys at the talks included Vice Premier Holt and others in Rome.",
               {"Holt": "PERSON", "Rome": "GPE"})
    assert not not_a_person("Holt", [doc])
    # a speaker named by the word itself, even where the word also follows "in"
    doc = _doc(0, '"We will stay," Ortega said. The meeting in Ortega\'s office ended late.',
               {"Ortega": "PERSON"}, quotes=(("We will stay,", "Ortega"),))
    assert not not_a_person("Ortega", [doc])


def test_merge_people_leaves_out_a_place_and_keeps_a_person() -> None:
    docs = [
        _doc(0, "It is thought the lines near the Harwick cable station were cut. His "
                "mother, Mirela, watched.", {"Harwick": "PERSON", "Mirela": "PERSON"},
             people=("Harwick", "Mirela")),
        _doc(1, "Ships anchored off Harwick cut the line.", {"Harwick": "GPE"}),
    ]
    people, _ = merge_people(docs)
    assert [p.name for p in people] == ["Mirela"]


def test_a_one_word_organisation_that_is_a_city_or_a_time_zone_goes() -> None:
    from storyline.reconcile.lone_names import not_an_organisation

    docs = [
        _doc(0, "Violence also broke out in the northern city of Vardona, where 2,000 "
                "marched.", {"Vardona": "ORG"}),
        _doc(1, "In Vardona, protesters set fire to a van.", {"Vardona": "ORG"}),
    ]
    assert not_an_organisation("Vardona", docs)
    # "in X said": the government in the capital speaks, not the capital
    docs = [_doc(0, "The central government in Solvara said it would send water trucks.",
                 {"Solvara": "ORG"})]
    assert not_an_organisation("Solvara", docs)
    docs = [_doc(0, "The cut happened at 10:00 am (0800 GMT) on Friday.", {"GMT": "ORG"})]
    assert not_an_organisation("GMT", docs)
    # controls: a body written as one ("the X", "X said"), even when also after "in"
    docs = [_doc(0, "The bill stalled in Parliament. Parliament said it would vote again, "
                    "and the Parliament adjourned.", {"Parliament": "ORG"})]
    assert not not_an_organisation("Parliament", docs)
    docs = [_doc(0, "Egypt's state news agency Menax reported the cut.", {"Menax": "ORG"})]
    assert not not_an_organisation("Menax", docs)


def test_a_one_word_organisation_the_story_writes_in_lower_case_goes() -> None:
    from storyline.reconcile.lone_names import not_an_organisation

    docs = [
        _doc(0, "Protesters threw fire bombs at the Bank.", {"Bank": "ORG"}),
        _doc(1, "Three workers died in the burning bank, and the bank was closed.", {}),
    ]
    assert not_an_organisation("Bank", docs)
    # controls: a newspaper's title ("told The Ledger") and a name never written lower case
    docs = [_doc(0, "Experts told The Ledger that the ledger of losses grew.",
                 {"Ledger": "ORG"})]
    assert not not_an_organisation("Ledger", docs)
    docs = [_doc(0, "Workers at Marfax said the bank was closed.", {"Marfax": "ORG"})]
    assert not not_an_organisation("Marfax", docs)


def test_a_quote_of_a_dropped_place_is_headed_by_its_cue_mention() -> None:
    from storyline.reconcile.quotes import align_quotes

    text = ('It is thought the lines near the Harwick cable station were cut. "This will '
            'slow trade for days," he said.')
    doc = _doc(0, text, {"Harwick": "PERSON"}, people=("Harwick",))
    q = "This will slow trade for days,"
    doc.analysis.quotes = [Quote(q, text.index(q), text.index(q) + len(q), 1, "direct",
                                 speaker="Harwick", speaker_text="he")]
    other = _doc(1, "Ships anchored off Harwick cut the line.", {"Harwick": "GPE"})
    people, _ = merge_people([doc, other])
    quotes, _ = align_quotes([doc, other], people)
    assert [x.speaker for x in quotes] == ["he"]
    # control: a person kept heads the quote by name
    doc.analysis.quotes[0].speaker, doc.analysis.quotes[0].speaker_text = "Harwick", "Harwick"
    people, _ = merge_people([doc, other])
    quotes, _ = align_quotes([doc, other], people)
    assert [x.speaker for x in quotes] == ["Harwick"]
