"""How long a party is given to do something, as each outlet tells it (issue 11, recall).

"told it to order the refunds within 90 days" / "which has 60 days to order the refunds"; "the
companies have 30 days to comply" / "must comply within 45 days": a ruling, a law or a truce
gives one party one window for one act. Outlets tell it with the span on either side of the
act, in sentences too unlike for ``figures`` (whose near misses are also nearer than these:
windows are set in round numbers, 60 against 90 days). A window is a span of days, weeks or
months either after "within" (the act told just before it, past an aside: "to order
refunds, with interest, within 60 days") or after a verb of having or giving and before "to"
(the act told just after it; for "to do so", the sentence before).

A report needs two independent outlets whose windows name one act: their act words share a
word that no other window of either article has (one article may give windows for several
acts: "30 days to respond and 90 days to pay"); both spans exact (not "about", "more than"),
and different; and neither article giving the other's span as a window.
"""

from __future__ import annotations

import re

from storyline.records import Figure

from .evidence import Doc, named_pairs, outlet_pairs, two_outlets
from .model import Discrepancy
from .text import STOP_WORDS, fold, stem, tokens

_DAYS = {"day": 1, "week": 7, "month": 30}
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:the\s+next\s+)?$", re.IGNORECASE)
_GIVEN_BEFORE = re.compile(r"\b(?:has|have|had|having|given|gives|give|giving|gets|get|got|"
                           r"granted|allowed)\s+(?:(?:another|only|just|a\s+further)\s+)?$",
                           re.IGNORECASE)
_TO_AFTER = re.compile(r"^\s+(?:in\s+which\s+)?to\s+(?P<act>[^.;:,]{3,60})", re.IGNORECASE)
_ACT_BEFORE = re.compile(r"(?P<act>[^.;:,]{3,60})$")
_ACT_WORDS = 5  # words of the act read either side
# An act told as "doing so": the sentence before names it ("… was considering asking the
# court to rehear the case. Under court rules, it has three weeks to do so.").
_DO_SO = re.compile(r"(?:do|does|did)\s+(?:so|it|that)\b", re.IGNORECASE)
# An aside between the act and "within" ("to order refunds, with interest, within 60 days").
_ASIDE = re.compile(r"\s*(?:with|plus|including|in)\s+[\w\s]{1,30}", re.IGNORECASE)
_TO_ACT = re.compile(r"\bto\s+(?P<act>[^.;:]{3,60}?)[,\s]*(?:with|plus|including|in)\s+"
                     r"[\w\s]{1,30}$", re.IGNORECASE)
# Words of any act that name none in particular.
_GENERIC = frozenset({"order", "said", "court", "must", "would", "could", "will", "told", "also"})


def _lemma(word: str) -> str:
    """A verb's or noun's stem without its ending ("asking", "asked" -> "ask")."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def exact_spans(doc: Doc, days: dict[str, int]) -> list[tuple[int, Figure]]:
    """(span in days, figure) of each exact span of the article's own sentences in one of
    ``days``' units (unit -> days): not "about", "more than" or a range."""
    out = []
    for f in doc.analysis.figures:
        unit = f.unit.removesuffix("s")
        if (f.kind == "duration" and unit in days and f.bound == "=" and not f.value_max
                and f.sentence in doc.content):
            out.append((round(f.value * days[unit]), f))
    return out


def _windows(doc: Doc) -> list[tuple[int, frozenset[str], str, Figure]]:
    """(span in days, act words, act as written, figure) of each window the article gives."""
    text = doc.article.text
    out = []
    for span, f in exact_spans(doc, _DAYS):
        before, after = text[max(0, f.start - 80):f.start], text[f.end:f.end + 80]
        told = _WITHIN_BEFORE.sub("", before).rstrip(" ,")
        if _WITHIN_BEFORE.search(before) and (m := _ACT_BEFORE.search(told)):
            act = " ".join(m["act"].split()[-_ACT_WORDS:])
            act = re.split(r"\bto\s+", act)[-1]  # ("told it to order the refunds")
            if _ASIDE.fullmatch(act) and (w := _TO_ACT.search(told)):
                act = w["act"]  # ("to order refunds, with interest, within 60 days")
        elif _GIVEN_BEFORE.search(before) and (m := _TO_AFTER.match(after)):
            act = " ".join(m["act"].split()[:_ACT_WORDS])
            if _DO_SO.match(act) and f.sentence > 0:
                act = doc.sentence_text(f.sentence - 1)  # "it has three weeks to do so"
        else:
            continue
        words = frozenset(_lemma(stem(w)) for w in tokens(fold(act))
                          if w.isalpha() and len(w) > 2 and w not in STOP_WORDS
                          and w not in _GENERIC)
        if words:
            out.append((span, words, act.strip(), f))
    return out


def window_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets giving one act different windows; see the module's rules."""
    told = {d.order: _windows(d) for d in docs if d.independent}
    out: list[Discrepancy] = []
    seen: set[frozenset[int]] = set()
    for da, db in outlet_pairs(docs):
        xs, ys = told.get(da.order, []), told.get(db.order, [])
        for i, j in named_pairs([x[1] for x in xs], [y[1] for y in ys]):
            (na, _, act_a, fa), (nb, _, act_b, fb) = xs[i], ys[j]
            act = min(act_a, act_b, key=len)  # (not the sentence a "to do so" points back to)
            if (na == nb or frozenset((na, nb)) in seen
                    or any(n == nb for n, *_ in xs) or any(n == na for n, *_ in ys)):
                continue
            seen.add(frozenset((na, nb)))
            out.append(two_outlets(
                "figure", f"the time given to {act}",
                (da, fa.sentence, fa.text), (db, fb.sentence, fb.text),
                f"Outlets give different times to {act}: {fa.text} vs {fb.text}."))
    return out
