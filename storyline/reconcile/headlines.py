"""A headline's sum against its own lead's and other outlets' (issue 11, figures).

"Paris thieves nab $2.5 million worth of jewellery" over a lead that says "a two-million-euro
($2.6-million) booty", while other outlets say $2.6 million: the headline slipped. Figure
alignment never sets the two against each other, because the article gives both values
(two numbers of one article are two things). Here an article's headline sum (a heading
above the text, not a content sentence; a syndicated copy's too, its headline is its own)
is compared with the sums of its own lead (the first ``headline_lead_sentences`` content
sentences): one lead sum of the same currency within ``headline_slip_ratio`` of the
headline's, both stated exactly, the body never repeating the headline's sum, another
independent outlet giving the lead's sum and no other outlet's headline or lead giving the
headline's. That is a ``figure`` discrepancy: the headline's value against the lead's,
cited with the other outlets' sentences that give it.
"""

from __future__ import annotations

from storyline.records import Figure

from .evidence import Doc, dedupe_citations
from .figure_values import format_value, same_value, value_ratio
from .model import Citation, Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions


def _headline(doc: Doc) -> int | None:
    """The index of the article's headline: its first sentence, when that is no content
    sentence (a heading) and content follows."""
    sentences = sorted(s.index for s in doc.analysis.sentences)
    if not sentences or not doc.content or sentences[0] in doc.content:
        return None
    return sentences[0]


def _sums(doc: Doc, sentences: set[int]) -> list[Figure]:
    """Exact single sums of money in the given sentences."""
    return [f for f in doc.analysis.figures
            if f.kind == "money" and f.sentence in sentences and f.bound == "="
            and f.value_max is None and f.value > 0]


def _lead(doc: Doc, count: int) -> set[int]:
    return set(doc.content[:count])


def headline_slips(docs: list[Doc],
                   options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    independent = [d for d in docs if d.independent]
    heads = {d.id: _headline(d) for d in docs}
    out = []
    for d in docs:  # a copy's headline is its outlet's own words
        head = heads[d.id]
        if head is None:
            continue
        in_head = _sums(d, {head})
        if len(in_head) != 1:
            continue  # none, or several sums: which is the story's is not known
        h = in_head[0]
        body = _sums(d, set(d.content))
        if any(f.unit == h.unit and same_value(f, h) for f in body):
            continue  # the article repeats its headline's sum: no slip
        near = [f for f in _sums(d, _lead(d, options.headline_lead_sentences))
                if f.unit == h.unit and value_ratio(f, h) <= options.headline_slip_ratio]
        if len({f.value for f in near}) != 1:
            continue
        lead = near[0]
        backing: list[Citation] = []
        contradicted = False
        for o in independent:
            if o.outlet == d.outlet:
                continue
            o_head = heads[o.id]
            told = _lead(o, options.headline_lead_sentences) | ({o_head} if o_head is not None
                                                                 else set())
            for f in _sums(o, told):
                if f.unit != h.unit:
                    continue
                if same_value(f, h):
                    contradicted = True
                elif same_value(f, lead):
                    backing.append(o.cite(f.sentence))
        if contradicted or not backing:
            continue
        shown = [format_value(h.value, h.unit), format_value(lead.value, lead.unit)]
        out.append(Discrepancy(
            kind="figure",
            about=h.about or "the sum",
            values=[DiscrepancyValue(shown[0], dedupe_citations([d.cite(head)])),
                    DiscrepancyValue(shown[1], dedupe_citations([d.cite(lead.sentence),
                                                                 *backing]))],
            note=(f"The headline of {d.outlet} gives {shown[0]}; its own lead and other "
                  f"outlets give {shown[1]}."),
        ))
    return out
