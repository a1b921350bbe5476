"""The data of every page, as plain dicts: the JSON twin returns it, the page renders it.

Briefs are expensive to build (reconciling a story takes 0.1–0.2 s), so a built brief is
kept in the store's brief cache under the story's version (bumped by every change to the
story) and a code (``brief_code``): the fingerprint of the brief and reconcile stages, and
the server's ``min_confidence`` when it is not the confidence model's own; a stale or
missing entry is rebuilt on demand, and ``serve`` rebuilds the newest ones in the
background.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Hashable
from pathlib import Path
from typing import Any, Protocol

import orjson

from .. import __version__, api
from ..errors import NotFoundError
from ..store import Store
from ..store.queries import StoryFilter, StorySummary
from ..trade.service import (
    ledger,
    ledger_records,
    live_story_measures,
    story_has_mentions,
)
from .text import marked_segments, slugify, word_diff

log = logging.getLogger(__name__)

_PKG = Path(__file__).resolve().parent.parent


def code_fingerprint() -> str:
    """Identifies the code that builds briefs: a cached brief from other code is stale."""
    h = hashlib.sha256(__version__.encode())
    for folder in ("brief", "reconcile"):
        for path in sorted((_PKG / folder).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".j2", ".json"}:
                h.update(path.name.encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def brief_code(min_confidence: float | None = None) -> str:
    """The brief cache's code for briefs built with ``min_confidence`` (None: the
    confidence model's threshold): a brief cached under one threshold is never served
    under another."""
    code = code_fingerprint()
    return code if min_confidence is None else f"{code}:min_confidence={min_confidence!r}"


def story_url(story_id: int, title: str) -> str:
    return f"/stories/{story_id}/{slugify(title)}"


def summary_dict(s: StorySummary) -> dict[str, Any]:
    """The ``stories --json`` shape of one story, plus counts and its page URL."""
    return {
        "id": s.id, "title": s.title,
        "articles": [
            {"id": a.id, "external_id": a.external_id, "url": a.url, "outlet": a.outlet,
             "title": a.title, "published": a.published}
            for a in s.articles
        ],
        "outlets": s.outlets, "first_published": s.first_published,
        "last_published": s.last_published, "article_count": s.article_count,
        "outlet_count": s.outlet_count, "discrepancies": s.discrepancies,
        "last_seq": s.last_seq, "url": story_url(s.id, s.title),
    }


def stories_page(
    store: Store, filters: StoryFilter, cursor: int | None, limit: int, code: str
) -> dict[str, Any]:
    found = store.story_summaries(filters, before=cursor, limit=limit + 1, code=code)
    more = len(found) > limit
    found = found[:limit]
    return {
        "results": [summary_dict(s) for s in found],
        "next": str(found[-1].last_seq) if more and found else None,
        "filters": {k: v for k, v in filters.to_dict().items() if v},
    }


def changed_stories(
    store: Store, *, cursor: int | None, since: str | None, limit: int, code: str
) -> list[StorySummary]:
    """Stories with activity (an article stored) after ``cursor`` (a ``latest`` value) and
    at or after ``since`` (UTC, as ``params.changed_since_value`` gives it), newest first;
    both bounds apply when both are given."""
    after = cursor or 0
    if since is not None:
        first = store.first_seq_since(since)
        if first is None:
            return []  # nothing stored since then
        after = max(after, first - 1)
    return [s for s in store.story_summaries(limit=limit, code=code) if s.last_seq > after]


class SummaryCache(Protocol):
    def get(self, key: Hashable) -> bytes | None: ...
    def put(self, key: Hashable, value: bytes) -> None: ...


def stories_page_json(
    store: Store, filters: StoryFilter, cursor: int | None, limit: int, code: str,
    cache: SummaryCache,
) -> bytes:
    """``stories_page`` as JSON bytes, each story's part kept in ``cache`` under its
    version: a page reads only the page's summary rows, and the articles of the stories
    not rendered at their current version (an ingest changes a few stories at a time)."""
    found = store.story_summaries(filters, before=cursor, limit=limit + 1, code=code,
                                  with_articles=False)
    more = len(found) > limit
    found = found[:limit]
    keys = [(s.id, s.version, s.last_seq, s.discrepancies) for s in found]
    parts = [cache.get(k) for k in keys]
    missing = [s for s, part in zip(found, parts, strict=True) if part is None]
    if missing:
        store.attach_articles(missing)
        built = {}
        for s in missing:
            built[s.id] = orjson.dumps(summary_dict(s))
        for n, (k, part) in enumerate(zip(keys, parts, strict=True)):
            if part is None:
                parts[n] = built[k[0]]
                cache.put(k, built[k[0]])
    tail = {"next": str(found[-1].last_seq) if more and found else None,
            "filters": {k: v for k, v in filters.to_dict().items() if v}}
    # The same bytes as orjson.dumps(stories_page(...)): '{"results":[…],"next":…,"filters":…}'
    return (b'{"results":[' + b",".join(p for p in parts if p is not None) + b"],"
            + orjson.dumps(tail)[1:])


def successor(store: Store, story_id: int) -> int | None:
    """Where a story that no longer exists went (followed through merges), if anywhere."""
    resolve = getattr(store, "resolve_story_id", None)
    if resolve is not None:
        try:
            target = int(resolve(story_id))
        except NotFoundError:
            return None
        return target if target != story_id else None
    merged = {c["from"]: c["into"] for c in store.story_changes() if c.get("action") == "merge"}
    seen = {story_id}
    current = story_id
    while current in merged and merged[current] not in seen:
        current = merged[current]
        seen.add(current)
    return current if current != story_id else None


def brief_dict(store: Store, summary: StorySummary, code: str, *,
               measures_max_age: float | None = None,
               min_confidence: float | None = None) -> dict[str, Any]:
    return brief_and_trade(store, summary, code, measures_max_age=measures_max_age,
                           min_confidence=min_confidence)[0]


def brief_and_trade(store: Store, summary: StorySummary, code: str, *,
                    measures_max_age: float | None = None,
                    min_confidence: float | None = None) -> tuple[dict[str, Any], bool]:
    """The story's brief (from the brief cache when built at this version) and whether its
    ``measures`` follow other stories (its articles mention trade measures: a measure's
    history gathers every story's reports, so those are recomputed on every call, from a
    ledger at most ``measures_max_age`` seconds old, instead of read from the cache).
    ``code`` must be ``brief_code(min_confidence)``: a brief is cached under it."""
    cached = store.cached_brief(summary.id, summary.version, code)
    if cached is None:
        data = api.story_brief(store, summary.id, measures_max_age=measures_max_age,
                               min_confidence=min_confidence).to_dict()
        try:
            store.put_cached_brief(summary.id, summary.version, code, data)
        except Exception as exc:  # a busy database only costs a rebuild next time
            log.info("brief cache not written for story %s: %s", summary.id, exc)
        return data, bool(data.get("measures")) or story_has_mentions(store, summary.id)
    live = live_story_measures(store, summary.id, max_age=measures_max_age)
    if live is not None:
        cached["measures"] = live
    return cached, live is not None


def _changes_of(store: Store, story_id: int) -> list[dict[str, Any]]:
    return [
        c for c in store.story_changes()
        if story_id in (c.get("from"), c.get("into"))
    ]


def side_by_side(discrepancy: dict[str, Any]) -> list[dict[str, Any]]:
    """Each value's first citation next to the first value's, differing words flagged."""
    values = [v for v in discrepancy.get("values") or [] if v.get("citations")]
    if len(values) < 2:
        return []
    first = values[0]["citations"][0]["sentence"]
    second = values[1]["citations"][0]["sentence"]
    columns = []
    for i, v in enumerate(values):
        cite = v["citations"][0]
        other = second if i == 0 else first
        columns.append({
            "value": v["value"],
            "outlet": cite.get("outlet") or cite.get("external_id") or cite["article_id"],
            "article_id": cite["article_id"],
            "sentence": cite["sentence"],
            "tokens": [t.__dict__ for t in word_diff(cite["sentence"], other, v["value"])],
        })
    return columns


def story_view(store: Store, story_id: int, code: str, *,
               measures_max_age: float | None = None,
               min_confidence: float | None = None) -> dict[str, Any]:
    """The story page's data. ``trade_live``: its measures follow other stories (see
    ``brief_and_trade``), so a rendered copy of the page must not be kept for long."""
    summary = store.story_summary(story_id, code=code)
    brief, live = brief_and_trade(store, summary, code, measures_max_age=measures_max_age,
                                  min_confidence=min_confidence)
    return {
        "trade_live": live,
        "story": summary_dict(summary),
        "brief": brief,
        "side_by_side": [side_by_side(d) for d in brief.get("discrepancies") or []],
        "changes": _changes_of(store, story_id),
        "atom": f"/stories/{story_id}.atom",
    }


def article_view(store: Store, article_id: str) -> dict[str, Any]:
    article, analysis, assignment = store.article_item(article_id)
    story = None
    if assignment is not None:
        try:
            s = store.story_summary(assignment.story_id)
            story = {"id": s.id, "title": s.title, "url": story_url(s.id, s.title)}
        except NotFoundError:
            story = None
    copy_of = None
    if assignment is not None and assignment.copy_of:
        copy_of = assignment.copy_of
    return {
        "article": article.to_dict(),
        "story": story,
        "copy_of": copy_of,
        "people": [{"name": p.name, "kind": p.kind, "mentions": len(p.mentions),
                    "roles": sorted({r.text for r in p.roles})} for p in analysis.people],
        "quotes": [q.to_dict() for q in analysis.quotes],
        "figures": [f.to_dict() for f in analysis.figures],
        "times": [t.to_dict() for t in analysis.times],
        "segments": [s.__dict__ for s in marked_segments(article.text, analysis)],
    }


def person_view(store: Store, name: str) -> dict[str, Any]:
    stories = store.person_stories(name)
    if not stories:
        raise NotFoundError(f"no person or organisation named {name!r} in any stored article")
    quotes: list[dict[str, Any]] = []
    roles: dict[str, int] = {}
    lowered = name.lower()
    for ps in stories[:20]:  # quotes and roles from the newest stories
        for article, analysis, _ in store.iter_items(ps.story_id):
            for p in analysis.people:
                if p.name.lower() == lowered:
                    for r in p.roles:
                        roles[r.text] = roles.get(r.text, 0) + 1
            for q in analysis.quotes:
                if q.speaker and q.speaker.lower() == lowered:
                    quotes.append({
                        "text": q.text, "kind": q.kind, "story_id": ps.story_id,
                        "article_id": article.id, "outlet": article.outlet,
                        "published": article.published,
                    })
    return {
        "name": name,
        "kind": stories[0].kind,
        "roles": [r for r, _ in sorted(roles.items(), key=lambda kv: -kv[1])],
        "stories": [dict(s.to_dict(), url=story_url(s.story_id, s.title)) for s in stories],
        "quotes": quotes[:200],
    }


def search_view(store: Store, q: str, limit: int, outlet: str | None) -> dict[str, Any]:
    hits = store.search(q, limit=max(limit * 4, 100)) if q.strip() else []
    outlets: dict[str, int] = {}
    stories: dict[int, int] = {}
    for h in hits:
        if h.outlet:
            outlets[h.outlet] = outlets.get(h.outlet, 0) + 1
        if h.story_id is not None:
            stories[h.story_id] = stories.get(h.story_id, 0) + 1
    shown = [h for h in hits if not outlet or h.outlet == outlet][:limit]
    return {
        "query": q,
        "results": [h.to_dict() for h in shown],
        "facets": {
            "outlet": sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0])),
            "story": sorted(stories.items(), key=lambda kv: (-kv[1], kv[0])),
        },
    }


def measures_view(store: Store) -> dict[str, Any]:
    """The trade-measure ledger (``storyline measures --json``'s records)."""
    return {"results": ledger_records(store)}


def measure_view(store: Store, measure_id: int) -> dict[str, Any]:
    """One measure with its whole cited history (``storyline measure ID --json``)."""
    book = ledger(store)
    record = book.record(measure_id)
    if record is None:
        raise NotFoundError(f"no measure with id {measure_id}; see /measures for the ids")
    return book.full(record)
