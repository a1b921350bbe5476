"""CSV text for stories, articles, quotes and discrepancies (RFC 4180, header first)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..store.watches import ArticleRow

if TYPE_CHECKING:  # the CLI imports this module at start: keep it light
    from ..brief import Brief
    from ..brief.model import BriefDiscrepancy
    from ..reconcile.model import Citation
    from ..records import Story


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        # A cell starting with = + - @ is a formula in spreadsheets: keep it text.
        writer.writerow(
            ["'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v for v in row]
        )
    return out.getvalue()


def _cites(citations: list[Citation]) -> list[Citation | None]:
    return list(citations) or [None]


def stories_csv(stories: Iterable[Story]) -> str:
    return _csv(
        ("id", "title", "articles", "outlets", "first_published", "last_published"),
        (
            (s.id, s.title, len(s.articles), "; ".join(s.outlets), s.first_published or "",
             s.last_published or "")
            for s in stories
        ),
    )


def articles_csv(rows: Iterable[ArticleRow]) -> str:
    fields = list(ArticleRow.__dataclass_fields__)
    return _csv(fields, ([getattr(r, f) if getattr(r, f) is not None else "" for f in fields]
                         for r in rows))


def quotes_csv(briefs: Iterable[Brief]) -> str:
    """One row per wording of a quote and citation."""
    rows = []
    for b in briefs:
        for q in b.quotes:
            for v in q.variants:
                for c in _cites(v.citations):
                    rows.append((
                        b.story.id, q.id, q.speaker or "", v.kind, v.text, v.outlet,
                        c.article_id if c else "", c.sentence if c else "",
                    ))
    return _csv(
        ("story_id", "quote_id", "speaker", "kind", "text", "outlet", "article_id", "sentence"),
        rows,
    )


def listed_discrepancies(b: Brief, possible: bool) -> list[tuple[BriefDiscrepancy, bool]]:
    """The brief's discrepancies, then (``possible``) those held back, each marked held."""
    return [*((d, False) for d in b.discrepancies),
            *((d, True) for d in (b.possible_discrepancies if possible else []))]


def discrepancies_csv(briefs: Iterable[Brief], *, possible: bool = False) -> str:
    """One row per value of a discrepancy and citation; with ``possible``, the candidates
    the confidence model holds back too, and a ``held_back`` column telling them apart."""
    rows = []
    for b in briefs:
        for d, held in listed_discrepancies(b, possible):
            for v in d.values:
                for c in _cites(v.citations):
                    row = (b.story.id, d.kind, d.about, v.value, c.outlet if c else "",
                           c.article_id if c else "", c.sentence if c else "", d.note)
                    rows.append((*row, str(held).lower()) if possible else row)
    header = ("story_id", "kind", "about", "value", "outlet", "article_id", "sentence", "note")
    return _csv((*header, "held_back") if possible else header, rows)
