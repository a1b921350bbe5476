"""The verb a time expression dates: "disappeared" in "In 1957, Page disappeared" and in
"Page disappeared from the scene in 1958".

Outlets date one happening in unlike sentences: the words around the date differ (the date
opens one sentence and closes the other), but the verb it modifies is the same. The
dependency parse gives that verb; reconciliation compares dates through its base form
(``reconcile/event_years``, ``reconcile/date_conflicts``) without the parse itself.
"""

from __future__ import annotations

from typing import Any

from storyline.records import TimeExpr

# Heads climbed from the expression to its verb: "in" → "disappeared", "the 2005 film" →
# "inspired"; further up is another clause's verb.
_MAX_STEPS = 4


def governor(doc: Any, start: int, end: int) -> str | None:
    """The verb the expression at [start, end) modifies, as written in lower case (the
    pipeline keeps no lemmas: reconciliation reduces it), or None when it modifies no verb
    of its sentence (a heading, a verbless fragment)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(_MAX_STEPS):
        head = tok.head
        if head.i == tok.i:
            return None  # the sentence's root: the date is its own clause
        if head.pos_ == "VERB":
            return str(head.lower_)
        tok = head
    return None


def with_governors(doc: Any, times: list[TimeExpr]) -> list[TimeExpr]:
    """The expressions, each with the verb it dates (``TimeExpr.governor``)."""
    for t in times:
        t.governor = governor(doc, t.start, t.end)
    return times
