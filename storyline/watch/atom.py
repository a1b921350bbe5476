"""Alerts as an Atom feed (RFC 4287), every value escaped."""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

from ..store.watches import Alert


def render_atom(
    alerts: list[Alert], title: str, feed_id: str, link: str | None = None,
    story_url: str = "/stories/{id}",
) -> str:
    """An Atom document with one entry per alert, newest first. ``feed_id`` is the feed's
    permanent IRI; ``story_url`` makes each entry's link from the story id."""
    newest = max((a.created_at for a in alerts), default=None)
    updated = newest or datetime.now(UTC).isoformat(timespec="seconds")
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(title)}</title>",
        f"  <id>{escape(feed_id)}</id>",
        f"  <updated>{escape(updated)}</updated>",
    ]
    if link:
        out.append(f'  <link rel="self" href={quoteattr(link)}/>')
    for a in sorted(alerts, key=lambda a: a.id, reverse=True):
        href = story_url.format(id=a.story_id)
        out += [
            "  <entry>",
            f"    <id>{escape(feed_id)}/alerts/{a.id}</id>",
            f"    <title>{escape(a.message)}</title>",
            f"    <updated>{escape(a.created_at)}</updated>",
            f'    <link href={quoteattr(href)}/>',
            f'    <category term={quoteattr(a.kind)}/>',
            f"    <author><name>{escape(a.watchlist)}</name></author>",
            f"    <summary>{escape(a.message)}</summary>",
            "  </entry>",
        ]
    out.append("</feed>")
    return "\n".join(out) + "\n"
