"""Slugs, word differences and marked article text for the web pages."""

from __future__ import annotations

from storyline.records import Analysis, Mention, Person, Quote, TimeExpr
from storyline.web.text import marked_segments, slugify, word_diff


def test_slug_is_ascii_words_joined_by_hyphens() -> None:
    assert slugify("EU–China car talks stall over €30,000 floor") == (
        "eu-china-car-talks-stall-over-30-000-floor"
    )
    assert slugify("Zürich’s café owners protest") == "zurich-s-cafe-owners-protest"
    assert slugify("«»") == "story"
    assert len(slugify("word " * 40)) <= 60


def test_rewordings_mark_the_words_that_differ() -> None:
    a = "The negotiations opened on Tuesday and ran late into Wednesday, officials said."
    b = "The negotiations opened on Monday and ran late into Wednesday, officials said."
    changed = [t.text for t in word_diff(a, b, "2026-03-10") if t.changed]
    assert changed == ["Tuesday"]


def test_different_sentences_mark_only_the_disputed_value() -> None:
    a = "Port officials counted 53 ships waiting at anchor by Tuesday evening."
    b = "By the second day of the walkout, 48 vessels were queuing outside the harbour."
    assert [t.text for t in word_diff(a, b, "53 ships") if t.changed] == ["53", "ships"]
    assert [t.text for t in word_diff(b, a, "48 vessels") if t.changed] == ["48", "vessels"]


def test_tokens_keep_the_sentence_spacing() -> None:
    sentence = 'He said: "We are closer," adding €30,000 (approx.) was offered.'
    tokens = word_diff(sentence, sentence)
    rebuilt = "".join((" " if t.space else "") + t.text for t in tokens)
    assert rebuilt == sentence


def test_marked_segments_cover_the_text_exactly_once() -> None:
    text = '"We will not move," said Ana Ruiz on Friday, as 300 workers marched.'
    def at(word: str) -> tuple[int, int]:
        start = text.index(word)
        return start, start + len(word)

    analysis = Analysis(
        article_id="a1", version="t",
        people=[Person("Ana Ruiz", mentions=[Mention("Ana Ruiz", *at("Ana Ruiz"), 0),
                                              Mention("Ruiz", *at("Ruiz"), 0)])],
        quotes=[Quote("We will not move,", *at("We will not move,"), 0, speaker="Ana Ruiz")],
        times=[TimeExpr("Friday", *at("Friday"), 0, value="2026-03-13")],
    )
    segments = marked_segments(text, analysis)
    assert "".join(s.text for s in segments) == text
    marked = {(s.kind, s.text) for s in segments if s.kind}
    assert marked == {("quote", "We will not move,"), ("person", "Ana Ruiz"),
                      ("date", "Friday")}
