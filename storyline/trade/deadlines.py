"""Deadlines of the trade measures: expiries (a 90-day truce, a court's stay until a date)
and effective dates, as a list and as an iCalendar (RFC 5545) file (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from storyline.records import Record

from .model import Citation, Ledger

_KINDS = {"expires": "expires", "takes effect": "takes effect"}


@dataclass
class Deadline(Record):
    date: str  # YYYY-MM-DD
    kind: str  # "expires" or "takes effect"
    measure_id: int
    title: str
    status: str
    citations: list[Citation] = field(default_factory=list)


def deadlines(ledger: Ledger, *, after: str | None = None) -> list[Deadline]:
    """Every expiry and effective date of every measure, in date order; ``after``
    (YYYY-MM-DD) keeps those on or after that day."""
    out: dict[tuple[int, str, str], Deadline] = {}
    for record in ledger.records:
        for event in record.events:
            dates = []
            if event.action in _KINDS and event.date:
                dates.append((event.date, _KINDS[event.action]))
            if event.effective and event.action != "expires":
                dates.append((event.effective, "takes effect"))
            for day, kind in dates:
                if after and day < after:
                    continue
                key = (record.id, day, kind)
                if key in out:
                    seen = {(c.article_id, c.sentence) for c in out[key].citations}
                    out[key].citations += [c for c in event.citations
                                           if (c.article_id, c.sentence) not in seen]
                else:
                    out[key] = Deadline(day, kind, record.id, record.title, record.status,
                                        list(event.citations))
    return sorted(out.values(), key=lambda d: (d.date, d.measure_id, d.kind))


def _escape(text: str) -> str:
    text = " ".join(text.split())
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,"))


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets; continuation lines start with a space (RFC 5545 3.1)."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def to_ics(items: list[Deadline], *, now: datetime | None = None) -> str:
    """An iCalendar file with one all-day event per deadline."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Storyline//trade deadlines//EN",
             "CALSCALE:GREGORIAN", "X-WR-CALNAME:Trade measure deadlines"]
    for d in items:
        day = d.date.replace("-", "")
        sources = " | ".join(c.sentence for c in d.citations[:3])
        lines += [
            "BEGIN:VEVENT",
            f"UID:measure-{d.measure_id}-{day}-{d.kind.replace(' ', '-')}@storyline",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day}",
            f"SUMMARY:{_escape(f'{d.title} {d.kind}')}",
            f"DESCRIPTION:{_escape(f'Measure {d.measure_id} ({d.status}). ' + sources)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(part for line in lines for part in _fold(line)) + "\r\n"
