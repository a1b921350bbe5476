"""Hardening, NLP bounds: the quote search does linear work on mark-dense text and gives the
same answers as a plain scan; thousands of tiny lines are parsed as a few pieces with line
breaks still ending sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.nlp.pipeline import MAX_PIECE, MAX_PIECES, split_pieces
from storyline.nlp.quotes import _Cues, _Inside, _Marks, find_quoted
from storyline.nlp.quotes_speakers import speech_token

EXAMPLES = Path(__file__).resolve().parent.parent / "storyline" / "examples"


class CountingStr(str):
    """A str that counts its ``find`` calls."""

    calls = 0

    def find(self, *args: object) -> int:  # type: ignore[override]
        CountingStr.calls += 1
        return super().find(*args)  # type: ignore[arg-type]


@given(
    line=st.text(alphabet="ab “”\"‘’«»„", max_size=60),
    searches=st.lists(
        st.tuples(st.sampled_from(["”", '"', "’", "»", "“"]), st.integers(0, 60)), max_size=30
    ),
)
def test_remembered_mark_search_equals_str_find(line: str, searches: list[tuple[str, int]]) -> None:
    marks = _Marks(line)
    k = 0
    for mark, step in searches:
        k += step % 7  # the search start only grows along a line
        assert marks.find(mark, k) == line.find(mark, k)


def test_mark_dense_line_costs_a_find_per_mark_not_per_pair() -> None:
    line = CountingStr("“ word " * 3000)  # 3,000 openers, no closer
    CountingStr.calls = 0
    marks = _Marks(line)
    for i, ch in enumerate(line):
        if ch == "“":
            assert marks.find("”", i + 1) == -1
    assert CountingStr.calls == 1  # one scan proves there is no closer anywhere after


def test_find_quoted_on_unpaired_marks_finds_nothing_and_stays_linear() -> None:
    text = "He said “ ( [ « " * 25_000  # 400,000 characters of openers that never close
    assert find_quoted(text) == []


@pytest.fixture(scope="module")
def analysed() -> list[tuple[object, list]]:
    from storyline.nlp.pipeline import build_sentences, load_model

    nlp = load_model()
    out = []
    for name in ("s1-brussels-eastgate.txt", "s7-bankrate-lowland.txt"):
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        doc = nlp(text)
        doc.user_data["storyline_text"] = text
        out.append((doc, build_sentences(text, doc)))
    return out


def test_nearest_cue_equals_a_plain_scan_of_the_sentences(analysed: list) -> None:
    import bisect

    checked = 0
    for doc, sentences in analysed:
        text = doc.user_data["storyline_text"]
        spans = find_quoted(text)
        inside = _Inside(spans)
        starts = [s.start for s in sentences]

        def sent_of(offset: int, starts: list[int] = starts) -> int:
            return max(0, bisect.bisect_right(starts, offset) - 1)

        cues = _Cues(doc, inside, sentences)
        for span in spans:
            first = sentences[sent_of(span.outer_start)]
            last = sentences[sent_of(max(span.outer_end - 1, span.outer_start))]
            best, best_dist = None, None
            for tok in doc.char_span(first.start, last.end, alignment_mode="expand") or []:
                if inside.span_at(tok.idx) is not None or not speech_token(tok):
                    continue
                if tok.idx >= span.outer_end:
                    dist = tok.idx - span.outer_end
                else:
                    dist = span.outer_start - (tok.idx + len(tok))
                if dist >= 0 and (best_dist is None or dist < best_dist):
                    best, best_dist = tok, dist
            found = cues.nearest(span, sent_of)
            assert (found.i if found is not None else None) == (best.i if best else None)
            checked += 1
    assert checked >= 5


def test_thousands_of_tiny_lines_are_packed_into_few_pieces() -> None:
    text = "Title\n\n" + "a\n" * (3 * MAX_PIECES)
    pieces = split_pieces(text)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert len(pieces) <= len(text) // (MAX_PIECE // 2) + 1
    assert all(len(p) <= MAX_PIECE for _, p in pieces)


def test_an_ordinary_article_is_not_packed() -> None:
    text = (EXAMPLES / "s1-brussels-eastgate.txt").read_text(encoding="utf-8")
    assert len(split_pieces(text)) == len([ln for ln in text.split("\n") if ln.strip()])


def test_sentences_never_cross_a_line_break() -> None:
    """Packed lines may reach the parser as one sentence; they come out as one per line."""
    import spacy
    from spacy.tokens import Doc

    from storyline.nlp.pipeline import build_sentences

    words = ["Port", "\n", "open", "\n", "Ships", "wait", "\n", "a"]
    spaces = [w == "Ships" for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
              sent_starts=[True] + [False] * (len(words) - 1))
    text = doc.text
    assert [s.text for s in build_sentences(text, doc)] == ["Port", "open", "Ships wait", "a"]


def test_a_library_callers_non_iso_date_leaves_the_article_undated_not_failed() -> None:
    from storyline.nlp import analyze
    from storyline.records import Article

    text = ("The Kessington harbour bridge reopened on Friday after divers finished checking "
            "the pier the ferry Marisol struck last week, port director Alma Fenwick said.")
    odd = Article(text=text, published="03-02-2009")
    assert odd.published_date is None
    analysis = analyze(odd)
    assert analysis.reference_date is None and analysis.reference_from == "unknown"
    assert Article(text=text, published="2009-03-02T08:00:00Z").published_date == "2009-03-02"
