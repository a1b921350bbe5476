"""How long a measure stays in force, as each outlet tells it (issue 11, recall).

"The safeguard measure … will stay in force for three years" / "the duty would be applied
for two years" / "the measure lasts three years in total": a duty, a quota, a ban, a levy, a
truce or a suspension is set for one term, and outlets tell it in sentences too unlike for
``figures``. A term is an exact span of days, weeks, months or years right after a verb of
lasting ("stay in force for", "remain in place for", "apply for", "be applied for", "last",
"run for", "for a period of"), in a sentence naming a measure (or the sentence before it,
for "It will apply for three years").

A report needs two independent outlets that each give exactly one term, the two terms
different, and neither article giving the other's term as a term. Not a term: a span of an
earlier or another measure ("the previous safeguard ran for three years"), nor one told as
still to be decided ("could last up to five years").
"""

from __future__ import annotations

import re

from storyline.records import Figure

from .evidence import Doc, dedupe_citations, outlet_pairs
from .model import Discrepancy, DiscrepancyValue
from .windows import exact_spans

_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_LASTING = re.compile(
    r"\b(?:(?:stay|stays|stayed|remain|remains|remained|be|is|are|was|were|stand|stands)\s+in\s+"
    r"(?:force|place|effect)\s+for|(?:apply|applies|applied|last|lasts|run|runs)(?:\s+for)?|"
    r"for\s+a\s+(?:period|term)\s+of)\s+$", re.IGNORECASE)
_MEASURE = re.compile(r"\b(?:measures?|safeguards?|dut(?:y|ies)|tariffs?|quotas?|levy|levies|"
                      r"bans?|restrictions?|sanctions?|suspension|truce|exemptions?|"
                      r"licen[cs]es?|curbs?|moratorium|pause)\b", re.IGNORECASE)
# Another measure's term, or one not set yet.
_OTHER = re.compile(r"\b(?:previous|last|earlier|former|prior|old|existing|expired)\s+"
                    r"(?:\w+\s+)?(?:measures?|safeguards?|dut(?:y|ies)|tariffs?|quotas?|bans?|"
                    r"levy|truce|suspension)\b", re.IGNORECASE)
_UNDECIDED = re.compile(r"\b(?:could|might|may)\b")  # (not "May 1")


def _terms(doc: Doc) -> list[tuple[int, Figure]]:
    """(term in days, figure) of each term of a measure the article gives."""
    text = doc.article.text
    out = []
    for span, f in exact_spans(doc, _DAYS):
        sent = doc.sentence(f.sentence)
        if sent is None or not _LASTING.search(text, max(sent.start, f.start - 40), f.start):
            continue
        said = doc.sentence_text(f.sentence)
        named = _MEASURE.search(said) or (f.sentence > 0 and re.match(
            r"\s*(?:It|They)\b", said) and _MEASURE.search(doc.sentence_text(f.sentence - 1)))
        if named and not _OTHER.search(said) and not _UNDECIDED.search(said):
            out.append((span, f))
    return out


def measure_term_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets giving the measure different terms, each term cited by every outlet
    giving it as its one term; see the module's rules."""
    told = {d.order: (d, _terms(d)) for d in docs if d.independent}
    lone = {k: (d, terms) for k, (d, terms) in told.items()
            if len({n for n, _ in terms}) == 1}
    for da, db in outlet_pairs(docs):
        if da.order not in lone or db.order not in lone:
            continue
        na, nb = lone[da.order][1][0][0], lone[db.order][1][0][0]
        if na == nb:
            continue
        values = []
        for n in (na, nb):
            giving = [(d, terms[0][1]) for d, terms in lone.values() if terms[0][0] == n]
            values.append(DiscrepancyValue(giving[0][1].text, dedupe_citations(
                d.cite(f.sentence) for d, f in giving)))
        return [Discrepancy(
            kind="figure", about="how long the measure applies", values=values,
            note=f"Outlets give the measure different terms: {values[0].value} vs "
                 f"{values[1].value}.")]
    return []
