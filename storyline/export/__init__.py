"""Selections and exports: which stories and articles a listing or report covers, and
CSV of stories, articles, quotes and discrepancies.

- ``select_stories(store, filters, limit=None, newest=True) -> list[Story]``: stories
  narrowed by a ``StoryFilter`` (date range, outlet, person, text, minimum outlets),
  newest activity first (the ``stories --json`` shape).
- ``stories_csv``, ``articles_csv``, ``quotes_csv``, ``discrepancies_csv``: CSV text, one
  row per story / article / quote wording / discrepancy value and citation;
  ``listed_discrepancies``: a brief's discrepancies, with (or without) the held-back ones.

Depends on ``store`` (queries) and ``brief`` records; the CLI and web layers call it.
"""

from __future__ import annotations

from .csv_rows import (
    articles_csv,
    discrepancies_csv,
    listed_discrepancies,
    quotes_csv,
    stories_csv,
)
from .select import has_filters, select_stories

__all__ = [
    "articles_csv",
    "discrepancies_csv",
    "has_filters",
    "listed_discrepancies",
    "quotes_csv",
    "select_stories",
    "stories_csv",
]
