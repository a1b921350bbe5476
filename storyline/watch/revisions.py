"""Article revisions: the texts an article had at one URL, and the diff between two."""

from __future__ import annotations

import difflib
import re

from ..store import Store
from ..store.watches import Revision


def revisions(store: Store, article_id: str) -> list[Revision]:
    """Every text of a stored article, oldest first (the last is the current one)."""
    return store.revisions(article_id)


def _lines(text: str) -> list[str]:
    # One sentence-ish piece per line, so a changed figure shows as one changed line.
    pieces = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in pieces if p.strip()]


def diff(older: Revision, newer: Revision) -> str:
    """A unified diff of two revisions' titles and texts, sentence by sentence."""
    a = [f"# {older.title or ''}", *_lines(older.text)]
    b = [f"# {newer.title or ''}", *_lines(newer.text)]
    return "\n".join(
        difflib.unified_diff(
            a, b,
            fromfile=f"{older.article_id} revision {older.revision}",
            tofile=f"{newer.article_id} revision {newer.revision}",
            lineterm="",
        )
    )
