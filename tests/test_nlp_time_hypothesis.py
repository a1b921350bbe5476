"""Property tests: the time tagger and the figure extractor never crash and keep offsets."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.nlp.figures import extract_figures
from storyline.nlp.time import find_times

# Words that exercise the grammar, including impossible dates ("February 30", "Q5", "32nd").
WORDS = [
    "June", "May", "Feb.", "Sept.", "February", "Tuesday", "Wednesday", "on", "in", "last",
    "next", "this", "the", "of", "and", "to", "from", "between", "-", ",", "(", ")", "'s",
    "1", "11", "30", "31", "32nd", "29", "2025", "1999", "0", "00", "12/31/99", "13/45/2020",
    "2025-02-30", "Q5", "Q3", "third", "quarter", "year", "years", "month", "day", "days",
    "ago", "earlier", "later", "week", "weekend", "a", "two", "twenty-five", "1/2", "half",
    "every", "per", "p.m.", "a.m.", "3:30", "noon", "night", "morning", "summer", "1990s",
    "'90s", "century", "20th", "fiscal", "Christmas", "Thanksgiving", "nineteen", "ninety-six",
    "%", "percent", "$", "€", "£", "bn", "million", "more", "than", "about", "up", "people",
    "tariffs", "that", "same", "following", "year-ago", "year-end", "\n",
]  # fmt: skip

texts = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)
references = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1),
                                           max_value=dt.date(2099, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(texts, references)
def test_time_expressions_keep_their_offsets(text, reference):
    times = find_times(text, reference)
    for t in times:
        assert text[t.start : t.end] == t.text and t.text.strip() == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if reference is None and t.note:
            assert t.value is None
    starts = [t.start for t in times]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(times))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), references)
def test_time_tagger_survives_any_text(text, reference):
    for t in find_times(text, reference, ranges=False):
        assert 0 <= t.start < t.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_figures_keep_their_offsets(text):
    for f in extract_figures(text, []):
        assert text[f.start : f.end] == f.text
        assert f.bound in ("=", ">", ">=", "<", "<=", "~", "range")
        assert f.value_max is None or f.bound == "range"
