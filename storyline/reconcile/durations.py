"""Durations that bound a window, kept with the date they count from, for deadlines.

"only 60 days remain" counts from the article's publication date; "agreed last month to
suspend tariffs for 90 days" counts from the date the window opened (in the sentence, else
in another sentence of the same claim); "the 60-day window expires in mid-June" states its
end. Past spans ("after two days of talks") and long terms ("for five years") are not
deadlines.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from typing import Any

from storyline.records import TimeExpr

from .claims import ClaimIndex
from .dates import calendar_value, granularity_of
from .evidence import Doc, dedupe_citations
from .model import DurationMention

log = logging.getLogger(__name__)

_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([DWMY])$")
_UNIT_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}
_UNIT_NAMES = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_FIGURE_UNITS = {"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M",
                 "months": "M", "year": "Y", "years": "Y"}
_REMAINING = re.compile(r"\b(remain(s|ing)?|left|leaving|to go|still have)\b", re.I)
# A window named right after its length: "a 60-day window", "a 90-day tariff suspension".
_WINDOW_NOUN_AFTER = re.compile(
    r"^[\s-]*(?:[\w-]+\s+){0,2}?(window|suspension|truce|pause|deadline|moratorium|ceasefire|"
    r"cease-fire|extension|reprieve|grace period|comment period|consultation|countdown|"
    r"review period|notice period)\b", re.I)
# Or introduced as one: "for 90 days", "within 30 days", "over the next two weeks".
_WINDOW_BEFORE = re.compile(
    r"\b(for|within|in the next|over the next|for another|an extra|a further)\s+(the\s+)?$",
    re.I)
_END_CUE = re.compile(
    r"\b(expires?|expiring|ends?|ending|closes?|closing|runs? out|lapses?|until|through|"
    r"by)\s+(on\s+|in\s+|at\s+)?(the\s+)?(end\s+of\s+)?$", re.I)
_PAST = re.compile(r"\b(ago|after|past|last|over the)\b", re.I)


def _durations_in(doc: Doc) -> list[tuple[int, int, float, str, str]]:
    """(sentence, start, amount, unit letter, text) for each duration, deduplicated."""
    found: dict[tuple[int, float, str], tuple[int, int, float, str, str]] = {}
    for t in doc.times:
        m = _DURATION.match(t.value or "") if t.type == "DURATION" else None
        if m:
            key = (t.sentence, float(m.group(1)), m.group(2))
            found.setdefault(key, (t.sentence, t.start, float(m.group(1)), m.group(2), t.text))
    for f in doc.analysis.figures:
        letter = _FIGURE_UNITS.get((f.unit or "").lower())
        if letter and f.bound in ("=", "~"):
            key = (f.sentence, float(f.value), letter)
            found.setdefault(key, (f.sentence, f.start, float(f.value), letter, f.text))
    return sorted(found.values())


def _window_text(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - 60) : start], text[end : end + 60]


def find_durations(docs: list[Doc], claim_of: ClaimIndex) -> list[DurationMention]:
    """Durations that bound a window: counted from publication ("only 60 days remain"), from
    the date the window opened ("suspend tariffs for 90 days" agreed last month), or stated
    with their end ("the 60-day window expires in mid-June")."""
    anchors_by_claim: dict[str, list[tuple[Doc, TimeExpr]]] = defaultdict(list)
    for d in docs:
        for t in d.times:
            cid = claim_of.get((d.order, t.sentence))
            if cid and calendar_value(t) and not _ends_window(d, t):
                anchors_by_claim[cid].append((d, t))
    out: list[DurationMention] = []
    for d in docs:
        for sent, start, amount, letter, text in _durations_in(d):
            if sent not in d.content:
                continue
            before, after = _window_text(d.article.text, start, start + len(text))
            days = amount * _UNIT_DAYS[letter]
            base: dict[str, Any] = dict(days=days, text=text, sentence=d.sentence_text(sent),
                        outlets=[d.outlet], citations=dedupe_citations([d.cite(sent)]),
                        unit=_UNIT_NAMES[letter], amount=amount)
            near = f"{before[-12:]} {text} {after[:20]}"
            if _REMAINING.search(near) and not _PAST.search(before[-12:]):
                ref = d.analysis.reference_date or d.article.published_date
                inferred = d.source_article().reference_inferred
                if not ref and d.assumed_date:
                    ref, inferred = d.assumed_date, True
                if ref:
                    out.append(DurationMention(
                        mode="remaining", anchor=ref[:10], anchor_granularity="day",
                        anchor_text="publication", inferred=inferred, **base))
                continue
            explicit = bool(_WINDOW_NOUN_AFTER.search(after[:40]))
            generic = bool(_WINDOW_BEFORE.search(before[-25:]))
            if _PAST.search(before[-20:]) or not (explicit or generic):
                continue
            if not explicit and days > 366:
                continue  # "for five years" is a term, not a deadline to watch
            own = [t for t in d.times if t.sentence == sent and calendar_value(t)]
            # "the 60-day window expires in mid-June": an end stated after the window.
            ends = [t for t in own if _ends_window(d, t) and 0 < t.start - start < 80]
            if ends:
                t = ends[0]
                out.append(DurationMention(
                    mode="ends", anchor=calendar_value(t), anchor_text=t.text,
                    anchor_granularity=t.granularity or granularity_of(calendar_value(t) or ""),
                    inferred=t.inferred, **base))
                continue
            starts = [t for t in own if not _ends_window(d, t)]
            anchor = min(starts, key=lambda t: abs(t.start - start)) if starts else next(
                (t for _, t in anchors_by_claim.get(claim_of.get((d.order, sent), ""), [])),
                None)
            if anchor:
                out.append(DurationMention(
                    mode="window", anchor=calendar_value(anchor), anchor_text=anchor.text,
                    anchor_granularity=anchor.granularity
                    or granularity_of(calendar_value(anchor) or ""),
                    inferred=anchor.inferred, **base))
    return out


def _ends_window(doc: Doc, t: TimeExpr) -> bool:
    """'expires in mid-June', 'runs until July 31', 'by the end of May': an end, not a start."""
    return bool(_END_CUE.search(doc.article.text[max(0, t.start - 30) : t.start]))
