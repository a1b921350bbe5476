"""Reconciliation -> Brief: choose, order and shape what the reader sees (pure)."""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.reconcile.evidence import dedupe_citations
from storyline.reconcile.figures import format_value
from storyline.reconcile.model import SINGLE_SOURCE, AlignedFigure, Reconciliation
from storyline.reconcile.text import wordset
from storyline.records import Story

from .details import worth_showing
from .keypoints import key_points
from .model import (
    Brief,
    BriefDiscrepancy,
    BriefFigure,
    BriefPerson,
    BriefQuote,
    CoverageRow,
    KeyPoint,
    SingleSourceItem,
)
from .timeline import build_timeline


def build_brief(rec: Reconciliation) -> Brief:
    """The brief of one reconciled story; every item keeps its citations."""
    people = [
        BriefPerson(
            id=p.id, name=p.name, kind=p.kind, variants=p.variants,
            roles=[r for r in p.roles if r.citations],
            outlets=p.outlets, mentions=p.mentions, note=p.note,
            citations=p.citations or [c for v in p.variants for c in v.citations][:1],
        )
        for p in rec.people
    ]
    quotes = [
        BriefQuote(
            id=q.id, speaker=q.speaker, speaker_id=q.speaker_id, kinds=q.kinds,
            kind=q.kinds[0] if len(q.kinds) == 1 else "mixed",
            variance=q.variance, variants=[v for v in q.variants if v.citations],
            outlets=q.outlets,
            citations=dedupe_citations(c for v in q.variants for c in v.citations),
        )
        for q in rec.quotes
    ]
    figures = [
        BriefFigure(
            id=f.id, about=f.about, display=format_value(f.value, f.unit, f.bound, f.value_max),
            value=f.value, unit=f.unit, kind=f.kind, bound=f.bound, value_max=f.value_max,
            agreement=f.agreement, corroboration=f.corroboration,
            values=[v for v in f.values if v.citations],
            outlets=f.outlets,
            citations=dedupe_citations(c for v in f.values for c in v.citations),
            note=f.note,
        )
        for f in rec.figures
        if _worth_showing(f)
    ]
    def discrepancies(held_back: bool) -> list[BriefDiscrepancy]:
        """The shown (or the held-back) discrepancies that cite a sentence."""
        out = [BriefDiscrepancy(
            kind=d.kind, about=d.about, values=d.values, note=d.note,
            citations=dedupe_citations(c for v in d.values for c in v.citations),
            confidence=d.confidence,
        ) for d in rec.discrepancies if d.held_back == held_back]
        return [b for b in out if b.citations]

    single = [
        SingleSourceItem(text=c.text, outlet=c.outlets[0] if c.outlets else "",
                         claim_id=c.id, copies=c.copies, citations=c.citations)
        for c in rec.claims
        if c.status == SINGLE_SOURCE
    ]
    single += [
        SingleSourceItem(text=d.citations[0].sentence, outlet=d.outlet, claim_id=c.id,
                         detail=shown, citations=d.citations)
        for c in rec.claims
        for d in c.details
        if d.citations and (shown := [v for v in d.values if worth_showing(
            v, d.outlet, d.citations[0].sentence)])
    ]
    independent = {a.outlet for a in rec.articles if a.independent}
    points = key_points(rec.claims)
    # A lone claim already among the key points (marked single-source there) is not
    # repeated in the single-source list; one outlet's extra details still are.
    in_points = {p.claim_id for p in points}
    single = [s for s in single if s.detail or s.claim_id not in in_points]
    return Brief(
        story=_titled(rec.story, points),
        key_points=points,
        people=_order_people([p for p in people if p.citations]),
        quotes=sorted((q for q in quotes if q.citations),
                      key=lambda q: _quote_rank(q, rec, independent)),
        figures=[f for f in figures if f.citations],
        timeline=[t for t in build_timeline(rec.events, rec.durations) if t.citations],
        discrepancies=discrepancies(held_back=False),
        possible_discrepancies=discrepancies(held_back=True),
        single_source=single,
        coverage=_coverage(rec),
        measures=[],
    )


_PLACEHOLDER_TITLE = re.compile(r"(?i)(?:story|untitled)(?: \d+)?")
_TITLE_WORDS = 14
# Last words of names that are places, not people ("Trump Tower", "Mar-a-Lago").
_PLACE_WORDS = wordset(
    "tower towers building palace hotel airport stadium arena club centre center street "
    "avenue square bridge lago plaza mall"
)


def _titled(story: Story, points: list[KeyPoint]) -> Story:
    """A story without a real title ("Story 1") is named after its lead key point."""
    if story.title and not _PLACEHOLDER_TITLE.fullmatch(story.title.strip()):
        return story
    if not points:
        return story
    words = points[0].text.rstrip(".").split()
    title = " ".join(words[:_TITLE_WORDS]) + ("…" if len(words) > _TITLE_WORDS else "")
    return replace(story, title=title)


def _real_name(p: BriefPerson) -> bool:
    """Not a list fragment ("• Club"), a clipped word ("Mar") or, for a person, a place."""
    name = p.name.strip()
    if not name or name[0] in "•·*-–—|>" or not name[0].isalnum():
        return False
    words = re.findall(r"[A-Za-z]+", name)
    if not words or (len(words) == 1 and len(words[0]) <= 3 and not name.isupper()):
        return False
    return not (p.kind == "person" and words[-1].lower() in _PLACE_WORDS)


def _order_people(people: list[BriefPerson]) -> list[BriefPerson]:
    """People with roles, then other people, then organisations (each most reported first);
    an all-capitals "person" is a dateline the tagger misread ("NEW DELHI")."""
    kept = [p for p in people if not (p.kind == "person" and p.name.isupper()) and _real_name(p)]
    return sorted(kept, key=lambda p: (p.kind != "person", not p.roles))


def _quote_rank(q: BriefQuote, rec: Reconciliation, independent: set[str]
                ) -> tuple[int, int, int]:
    """Quotes of named people that several independent outlets carry come first."""
    named = q.speaker_id is not None and any(
        p.id == q.speaker_id and p.kind == "person" for p in rec.people)
    return (-len(independent & set(q.outlets)), not named, "direct" not in q.kinds)


def _worth_showing(f: AlignedFigure) -> bool:
    """Not "two sides" or "the two largest": small bare counts one outlet gives in passing."""
    return not (f.kind == "count" and f.value <= 2 and len(f.outlets) < 2)


def _coverage(rec: Reconciliation) -> list[CoverageRow]:
    return list(rec.coverage)
