"""Text forms of measure records: the brief's Markdown section, a measure's history, CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

_MAST_NAMES = {
    "D": "contingent trade-protective measures", "E": "licensing, quotas, prohibitions",
    "L": "subsidies", "M": "government procurement restrictions",
    "P": "export-related measures",
}


def _md(text: Any) -> str:
    """Text safe inside Markdown: no raw HTML, no accidental line structure, no links
    (brackets escaped, as in ``brief.render``: ``[x](javascript:…)`` stays text)."""
    s = " ".join(str(text).split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("[", "\\[").replace("]", "\\]")


def describe(record: dict[str, Any]) -> str:
    """One line: who, what, on whom, status."""
    parts = [f"**{_md(record['title'])}** — {record['status']}"]
    if record.get("legal_basis"):
        parts.append(f"basis: {_md(record['legal_basis'])}")
    if record.get("mast"):
        parts.append(f"MAST {record['mast']} ({_MAST_NAMES.get(record['mast'], '')})")
    if record.get("stories"):
        parts.append("stories " + ", ".join(str(s) for s in record["stories"]))
    return " · ".join(parts)


def event_line(event: dict[str, Any]) -> str:
    detail = event.get("detail") or {}
    when = event.get("date") or (detail.get("period") and f"{detail['period']} (approx.)") or (
        "undated")
    line = f"{when}: {event['action']}"
    if event.get("value"):
        line += f" to {event['value']}" if event.get("previous") else f" ({event['value']})"
    if event.get("previous"):
        line += f" from {event['previous']}"
    if event.get("effective") and event["effective"] != event.get("date"):
        line += f", effective {event['effective']}"
    if detail.get("tentative"):
        line += " — conditional or tentative"
    if detail.get("conflict"):
        line += f" — **conflict:** {detail['conflict']}"
    return _md(line)


def markdown_section(measures: list[dict[str, Any]],
                     cite: Callable[[dict[str, Any], str], str] | None = None) -> list[str]:
    """The brief's "Trade measures" section (lines), every event with its citations.
    ``cite(citation, where)`` gives a citation's line (the brief's renderer passes one that
    points back to a sentence it already quoted); by default the sentence in full."""
    out = ["## Trade measures", ""]
    if not measures:
        return [*out, "No trade measures found in this story."]
    for record in measures:
        out.append(f"- {describe(record)} (measure {record['id']})")
        where = f"trade measures, measure {record['id']}"
        for event in record["events"]:
            out.append(f"  - {event_line(event)}")
            for c in event["citations"]:
                out.append(cite(c, where) if cite else
                           f"    - *{_md(c.get('external_id') or c['article_id'])}*: "
                           f"“{_md(c['sentence'])}”")
    return out


def history_text(record: dict[str, Any]) -> str:
    """``storyline measure ID``: the record and its history, plain text."""
    lines = [record["title"], f"  imposed by: {record['imposed_by'] or 'unknown'}",
             f"  affects: {', '.join(record['affects']) or 'all partners'}",
             f"  instrument: {record['instrument']}"
             + (f" (MAST {record['mast']})" if record.get("mast") else ""),
             f"  products: {', '.join(record['products']) or 'not named'}",
             f"  legal basis: {record['legal_basis'] or 'not stated'}",
             f"  status: {record['status']}",
             f"  stories: {', '.join(str(s) for s in record['stories']) or '-'}", "",
             "History:"]
    for event in record["events"]:
        lines.append(f"  {event_line(event).replace('**', '')}")
        for c in event["citations"]:
            lines.append(f"    [{c.get('external_id') or c['article_id']}] {c['sentence']}")
    if record.get("conflicts"):
        lines += ["", "Conflicts:"] + [f"  {c}" for c in record["conflicts"]]
    return "\n".join(lines)


CSV_COLUMNS = ["id", "title", "imposed_by", "affects", "instrument", "mast", "products",
               "legal_basis", "status", "stories", "date", "action", "value", "previous",
               "effective", "citations", "first_sentence"]


def to_csv(records: list[dict[str, Any]]) -> str:
    """One row per event (a record without events is one row)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        base = [r["id"], _csv_safe(r["title"]), r["imposed_by"] or "", "; ".join(r["affects"]),
                r["instrument"], r["mast"] or "", "; ".join(r["products"]),
                r["legal_basis"] or "", r["status"], " ".join(str(s) for s in r["stories"])]
        for e in r["events"] or [None]:
            if e is None:
                writer.writerow(base + [""] * 7)
                continue
            first = e["citations"][0]["sentence"] if e["citations"] else ""
            writer.writerow([*base, e["date"] or "", e["action"], e["value"] or "",
                             e["previous"] or "", e["effective"] or "",
                             len(e["citations"]), _csv_safe(first)])
    return buf.getvalue()


def _csv_safe(text: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
