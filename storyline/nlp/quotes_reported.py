"""Reported speech and attributed stances: what someone said, believed or did with words.

The content is the cue verb's complement, read from the parse:
- a clause: "X said (that) ...", "X confirmed via Y that ...", "..., she said";
- "according to X, ..." : the clause around the phrase;
- an object, for verbs whose object is what was said or judged: "X criticized Clinton's
  record", "X called Trump a fascist", "X announced his resignation";
- an infinitive, for commitments: "X vowed to fight on", "X refused to answer";
- a prepositional object, for talk about something: "X spoke about the border".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.nlp.quotes_speakers import BELIEF, SPEECH, Resolver, _forms, attribute
from storyline.records import Quote

# Verbs whose direct object is the content ("criticized X", "announced X").
OBJECT_VERBS = _forms(
    """criticize criticise praise endorse announce call deny propose defend reject dismiss
    denounce mock blast attack tout thank congratulate cite mention discuss describe recall
    repeat echo express show find highlight question condemn slam decry applaud welcome hail
    blame challenge demand predict promise pledge reiterate acknowledge admit confirm reveal
    ask accuse urge dispute disavow rebuke lambaste ridicule recommend declare support back
    oppose favor favour prefer name reference answer assail portray dub brand coin champion
    insult bemoan downplay voice herald interpret list identify document quote recite
    decry lament""".replace("pledge ", "")
)
OBJECT_VERBS.update({"tweeted": "tweet", "tweeting": "tweet"})
# Verbs whose infinitive complement is the content ("vowed to fight", "refused to answer").
INFINITIVE_VERBS = _forms(
    """vow promise pledge refuse decline threaten urge vote plan ask agree expect intend
    seek want hope encourage call"""
)
# Verbs whose prepositional object is the content ("spoke about X"), with the preposition.
PREP_VERBS = {
    **{f: {"about", "on", "of"} for f in _forms("talk speak comment touch focus write")},
    **{f: {"to"} for f in _forms("refer point")},
    **{f: {"for"} for f in _forms("call argue push advocate")},
    **{f: {"about", "of", "against"} for f in _forms("warn complain caution")},
    **{f: {"about", "into", "whether"} for f in _forms("ask inquire")},
    **{f: {"against"} for f in _forms("rail rant")},
    **{f: {"for"} for f in _forms("apologize apologise vote")},
    **{f: {"to"} for f in _forms("react respond object")},
    **{f: {"at"} for f in _forms("balk scoff")},
}
# Shows, finds: polls and studies "say" things too.
CLAUSE_VERBS = {
    **SPEECH,
    **BELIEF,
    **_forms(
        """show find learn indicate suggest see recognize recognise remember understand imply
        decide consider anticipate envision foresee notice read determine rule"""
    ),
}
# "told reporters (that) ...": the first object of these is the addressee, not the content.
_ADDRESSEE_VERBS = set(_forms("tell ask inform assure remind warn urge").keys())
_COMPLEMENT_DEPS = {"dobj", "ccomp", "xcomp", "oprd", "dative"}
_MIN_CHARS = 4
# Cues that can stand as a parenthetical inside or after what they report.
_PARENTHETICAL = set(
    _forms(
        """say add note write argue explain insist claim warn continue predict acknowledge
        contend suggest report observe concede tell"""
    )
)
_SUBJ = {"nsubj", "nsubjpass"}


def reported_quotes(
    doc: Any,
    in_quote: Callable[[int], bool],
    covered: Callable[[int, int], int],
    direct: list[Quote],
    sent_of: Callable[[int], int],
    resolver: Resolver,
) -> list[Quote]:
    """Reported speech in the Doc that is not already a direct quote."""
    out: list[Quote] = []
    for tok in doc:
        if in_quote(tok.idx):
            continue
        rng = content_range(tok)
        if rng is None:
            continue
        start, end = rng
        if end - start < _MIN_CHARS or covered(start, end) > 0.6 * (end - start):
            continue
        # Overlapping a direct quote is fine only when the clause holds it and says more.
        if any(q.start < end and start < q.end and not (start < q.start and q.end <= end + 1)
               for q in direct):
            continue
        quote = Quote(text=doc.text[start:end], start=start, end=end, sentence=sent_of(start),
                      kind="indirect")
        attribute(quote, doc, tok, resolver)
        out.append(quote)
    return out


def content_range(tok: Any) -> tuple[int, int] | None:
    """Character range of what a cue token reports, or None when it is no cue."""
    low = tok.lower_
    if low == "according":
        return _according_content(tok)
    if not tok.tag_.startswith("VB") or tok.dep_ in {"amod", "compound"}:
        return None
    if low in CLAUSE_VERBS:
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            return _clause_range(comp)
        if low in _PARENTHETICAL and tok.dep_ in {"parataxis", "ccomp", "advcl"}:
            return _parenthetical_content(tok)
    if _passive(tok):
        return None
    if low in OBJECT_VERBS or low in INFINITIVE_VERBS or low in PREP_VERBS:
        return _complement_range(tok, low)
    return None


def _parenthetical_content(cue: Any) -> tuple[int, int] | None:
    """'The economy is strong, she said' / 'The plan, he said, would fail': the parser hung
    the cue on the content's verb; the content is that verb's clause around the cue."""
    head = cue.head
    if head.i == cue.i or not head.tag_.startswith(("VB", "MD")):
        return None
    if not any(c.dep_ in _SUBJ for c in cue.children) or any(
        c.dep_ in {"dobj", "ccomp", "xcomp"} for c in cue.children
    ):
        return None
    lo, hi = cue.left_edge.i, cue.right_edge.i
    doc = cue.doc
    # The cue clause is set off by a comma from the content on that side.
    if head.i < cue.i and not (lo > 0 and doc[lo - 1].text in {",", "”", '"', "—"}):
        return None
    if head.i > cue.i and not (hi + 1 < len(doc) and doc[hi + 1].text in {",", "—"}):
        return None
    toks = [t for t in head.subtree if not lo <= t.i <= hi]
    if len([t for t in toks if not t.is_punct]) < 3:
        return None
    return _trim(doc[toks[0].i : toks[-1].i + 1])


def _passive(tok: Any) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)


def _complement_range(verb: Any, low: str) -> tuple[int, int] | None:
    """From the first complement after the verb to the end of the last one."""
    picked: list[Any] = []
    addressee_skipped = low not in _ADDRESSEE_VERBS
    for child in verb.rights:
        dep = child.dep_
        if dep in {"dobj", "dative"} and not addressee_skipped:
            addressee_skipped = True
            continue
        if _takes(dep, low, bool(picked)):
            picked.append(child)
        elif dep == "prep" and (
            (low in PREP_VERBS and child.lower_ in PREP_VERBS[low])
            or (picked and child.lower_ in {"for", "as"} and child.i == picked[-1].right_edge.i + 1)
        ):
            if low in PREP_VERBS and not picked:
                pobj = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                picked.extend(pobj)
            else:
                picked.append(child)
        elif picked and (dep in {"punct", "cc", "conj", "advcl"} or child.is_punct):
            break
    if not picked:
        return None
    first = min(c.left_edge.i for c in picked)
    last = max(c.right_edge.i for c in picked)
    # A bare one-word object ("supporting Kyiv") says too little to stand as a quote.
    if last == first:
        return None
    return _trim(verb.doc[first : last + 1])


def _takes(dep: str, low: str, after_another: bool) -> bool:
    """Whether a complement of this kind carries the content for this verb."""
    if dep == "dobj":
        return low in OBJECT_VERBS
    if dep == "xcomp":
        return low in INFINITIVE_VERBS or after_another
    if dep == "ccomp":
        return low in OBJECT_VERBS or after_another
    return dep == "oprd" and after_another


def _trim(span: Any) -> tuple[int, int] | None:
    toks = list(span)
    while toks and (toks[0].is_punct and toks[0].text not in {"“", '"', "‘"}):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in {"”", "’", '"'}:
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _clause_range(head: Any) -> tuple[int, int] | None:
    toks = list(head.subtree)
    while toks and (
        (toks[0].dep_ == "mark" and toks[0].lower_ in {"that", "whether", "if"})
        or toks[0].is_punct
    ):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in {"”", "’", '"'}:
        toks = toks[:-1]
    if len(toks) < 2:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _according_content(tok: Any) -> tuple[int, int] | None:
    head = tok.head
    if head.i == tok.i or (not head.tag_.startswith("VB") and head.dep_ != "ROOT"):
        return None
    phrase = list(tok.subtree)
    p0, p1 = phrase[0].i, phrase[-1].i
    toks = [t for t in head.subtree if not (p0 <= t.i <= p1)]
    before = [t for t in toks if t.i < p0]
    after = [t for t in toks if t.i > p1]
    part = after if len(after) >= len(before) else before
    while part and part[0].is_punct:
        part = part[1:]
    while part and part[-1].is_punct:
        part = part[:-1]
    if len(part) < 2:
        return None
    return part[0].idx, part[-1].idx + len(part[-1])
