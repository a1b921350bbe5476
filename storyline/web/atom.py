"""Atom feeds (RFC 4287) of a story (its articles and changes) and of what changed since a
point (stories with new activity). Every value is escaped; no article HTML is included."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ..store.queries import StorySummary
from .views import story_url


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _stamp(value: str | None) -> str:
    """An RFC 3339 timestamp from a stored date or datetime."""
    if not value:
        return _now()
    if len(value) == 10:
        return value + "T00:00:00Z"
    return value if ("+" in value[10:] or value.endswith("Z")) else value + "Z"


def _feed(title: str, feed_id: str, base: str, self_href: str, entries: list[str],
          updated: str) -> str:
    return "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(title)}</title>",
        f"  <id>{escape(base + feed_id)}</id>",
        f"  <updated>{escape(updated)}</updated>",
        f'  <link rel="self" href={quoteattr(base + self_href)}/>',
        *entries,
        "</feed>",
        "",
    ])


def story_feed(summary: StorySummary, changes: list[dict[str, Any]], base: str) -> str:
    """One entry per article of the story (newest first), linking the original."""
    entries = []
    for a in sorted(summary.articles, key=lambda a: a.published or "", reverse=True):
        href = a.url or f"{base}/articles/{a.id}"
        entries += [
            "  <entry>",
            f"    <id>{escape(base)}/articles/{escape(a.id)}</id>",
            f"    <title>{escape(a.title or a.id)}</title>",
            f"    <updated>{escape(_stamp(a.published))}</updated>",
            f"    <link href={quoteattr(href)}/>",
            f"    <author><name>{escape(a.outlet or 'unknown outlet')}</name></author>",
            "  </entry>",
        ]
    for i, c in enumerate(changes):
        text = f"{c.get('action', 'change')}: story {c.get('from')} → {c.get('into')}"
        entries += [
            "  <entry>",
            f"    <id>{escape(base)}/stories/{summary.id}/changes/{i}</id>",
            f"    <title>{escape(text)}</title>",
            f"    <updated>{escape(_now())}</updated>",
            f"    <summary>{escape(str(c.get('reason', '')))}</summary>",
            "  </entry>",
        ]
    return _feed(
        summary.title, f"/stories/{summary.id}", base, f"/stories/{summary.id}.atom", entries,
        _stamp(summary.last_published),
    )


def changes_feed(summaries: list[StorySummary], base: str, self_href: str) -> str:
    """One entry per story with new activity, newest first."""
    entries = []
    for s in summaries:
        outlets = ", ".join(s.outlets)
        entries += [
            "  <entry>",
            f"    <id>{escape(base)}/stories/{s.id}#{s.last_seq}</id>",
            f"    <title>{escape(s.title)}</title>",
            f"    <updated>{escape(_stamp(s.last_published))}</updated>",
            f"    <link href={quoteattr(base + story_url(s.id, s.title))}/>",
            f"    <summary>{escape(f'{s.article_count} articles from {outlets}')}</summary>",
            "  </entry>",
        ]
    updated = _stamp(summaries[0].last_published) if summaries else _now()
    return _feed("Storyline: what changed", "/changes", base, self_href, entries, updated)
