"""Coverage: what each outlet contributes to a story, what only it reports, whom it relays."""

from __future__ import annotations

from collections import Counter

from .evidence import Doc, dedupe_citations
from .model import (
    CONFLICTING,
    CORROBORATED,
    SINGLE_SOURCE,
    AlignedFigure,
    AlignedQuote,
    Claim,
    OutletCoverage,
)


def outlet_coverage(docs: list[Doc], claims: list[Claim], quotes: list[AlignedQuote],
                    figures: list[AlignedFigure]) -> list[OutletCoverage]:
    rows: dict[str, OutletCoverage] = {}
    for d in docs:
        row = rows.setdefault(d.outlet, OutletCoverage(outlet=d.outlet, independent=False))
        row.articles.append(d.id)
        row.independent = row.independent or d.independent
        if not d.independent and d.assignment and d.assignment.copy_of:
            row.copy_of.append(d.assignment.copy_of)
        row.sentences += len(d.content)
        lead = d.content[:1] or [s.index for s in d.analysis.sentences[:1]]
        row.citations = dedupe_citations([*row.citations, *(d.cite(i) for i in lead)])
    by_id = {d.id: d for d in docs}
    for c in claims:
        # A near-copy repeats a claim; only independent articles make or share it.
        makers = {by_id[x.article_id].outlet for x in c.citations
                  if x.article_id in by_id and by_id[x.article_id].independent}
        for outlet in makers or c.outlets[:1]:
            row = rows[outlet]
            if c.status == CORROBORATED:
                row.corroborates += 1
            elif c.status == SINGLE_SOURCE:
                row.only_here += 1
            elif c.status == CONFLICTING:
                row.conflicting += 1
    relayed: dict[str, Counter[str]] = {o: Counter() for o in rows}
    for q in quotes:
        for outlet in q.outlets:
            rows[outlet].quotes += 1
        for v in q.variants:
            if q.speaker and (q.speaker_id or _named(q.speaker)):
                relayed[v.outlet][q.speaker] += 1
    for outlet, counts in relayed.items():
        rows[outlet].sources = [name for name, _ in counts.most_common()]
    for f in figures:
        for outlet in f.outlets:
            rows[outlet].figures += 1
    return sorted(rows.values(), key=lambda r: (-r.sentences, r.outlet))


def _named(speaker: str) -> bool:
    """A named source ("state media", "Reuters"), not "the talks" or "officials"."""
    words = speaker.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return any(w[:1].isupper() for w in words)
