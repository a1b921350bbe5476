"""Reported speech and attributed stances: what someone said, believed or did with words.

The content is the cue verb's complement, read from the parse:
- a clause: "X said (that) ...", "X confirmed via Y that ...", "..., she said";
- "according to X, ..." : the clause around the phrase;
- an object, for verbs whose object is what was said or judged: "X criticized Clinton's
  record", "X called Trump a fascist", "X announced his resignation";
- an infinitive, for commitments: "X vowed to fight on", "X refused to answer";
- a prepositional object, for talk about something: "X spoke about the border";
- a passive subject: "the plan was criticized by unions" (the agent is the source);
- appearances and expectations held by nobody named: "X seems to ...", "X is expected to
  ...", "X is widely seen as ..." (no source).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.nlp.quotes_speakers import (
    BELIEF,
    SPEECH,
    Resolver,
    _forms,
    attribute,
    subject,
    text_of,
)
from storyline.records import Quote

# Verbs whose direct object is the content ("criticized X", "announced X").
OBJECT_VERBS = _forms(
    """criticize criticise praise endorse announce call deny propose defend reject dismiss
    denounce mock blast attack tout thank congratulate cite mention discuss describe recall
    repeat echo express show highlight question condemn slam decry applaud welcome hail
    blame challenge demand predict promise pledge reiterate acknowledge admit confirm reveal
    ask accuse urge dispute disavow rebuke lambaste ridicule recommend declare support back
    oppose favor favour prefer name reference answer assail portray dub brand coin champion
    insult bemoan downplay voice herald interpret list identify document quote recite
    decry lament report detail outline unveil issue rate cite link endorse
    signal stress debate slam back offer present illustrate feature investigate""".replace(
        "pledge ", "")
)
OBJECT_VERBS.update({"tweeted": "tweet", "tweeting": "tweet"})
# Verbs whose infinitive complement is the content ("vowed to fight", "refused to answer").
INFINITIVE_VERBS = _forms(
    """vow promise pledge refuse decline threaten urge vote plan ask agree expect intend
    seek want hope encourage call decide propose offer aim attempt prefer tell warn remind"""
)
# Verbs whose prepositional object is the content ("spoke about X"), with the preposition.
PREP_VERBS = {
    **{f: {"about", "on", "of"} for f in _forms("talk speak comment touch focus write")},
    **{f: {"to"} for f in _forms("refer point")},
    **{f: {"for", "on"} for f in _forms("call argue push advocate")},
    **{f: {"about", "of", "against"} for f in _forms("warn complain caution")},
    **{f: {"about", "into", "whether"} for f in _forms("ask inquire")},
    **{f: {"against"} for f in _forms("rail rant")},
    **{f: {"for", "against"} for f in _forms("apologize apologise vote")},
    **{f: {"to"} for f in _forms("react respond object")},
    **{f: {"at"} for f in _forms("balk scoff")},
    # Taking sides: "X sided with Y", "X campaigned against Y", "X weighed in on Y".
    **{f: {"with", "to", "on"} for f in _forms("agree")},
    **{f: {"with", "against"} for f in _forms("side spar")},
    **{f: {"for", "against", "on"} for f in _forms("campaign vouch")},
    **{f: {"on", "in"} for f in _forms("weigh")},
    **{f: {"from"} for f in _forms("distance")},
}
_STANCE_PREPS = {"about", "of", "on", "over", "against", "regarding", "for", "to", "that"}
# Nouns that carry someone's words or stance, with the prepositions that introduce it.
NOUN_CUES = {
    w: _STANCE_PREPS
    for w in """concerns concern questions warning warnings claim claims call calls praise
    complaints complaint advice argument arguments suggestion allegation allegations
    assertion promise pledge vow plea demand demands proposal denial accusation accusations
    endorsement condemnation insistence belief confidence skepticism scepticism objections
    objection reservations assessment prediction predictions criticism criticisms attack
    attacks support""".split()  # noqa: SIM905
}
# Adjectives of stance after a copula ("X is critical of Y", "X was confident that ...").
ADJECTIVE_CUES = {
    "critical": {"of"}, "concerned": {"about", "that", "over"},
    "worried": {"about", "that", "over"}, "confident": {"that", "about", "of"},
    "skeptical": {"of", "about", "that"}, "sceptical": {"of", "about", "that"},
    "clear": {"that", "about"}, "eager": {"to"},
    "optimistic": {"about", "that"}, "pessimistic": {"about", "that"}, "adamant": {"that"},
    "sure": {"that", "about", "of"}, "convinced": {"that", "of"}, "certain": {"that", "of"},
    "supportive": {"of"}, "opposed": {"to"}, "hopeful": {"that", "about", "of"},
    "angry": {"about", "at", "over"}, "upset": {"about", "with", "over"},
    "unhappy": {"about", "with"}, "happy": {"about", "with", "that"}, "proud": {"of", "that"},
    "aware": {"of", "that"}, "doubtful": {"that", "about"}, "furious": {"about", "at", "over"},
    "wary": {"of", "about"}, "mistrustful": {"of"}, "distrustful": {"of"},
    "dismissive": {"of"}, "welcoming": {"of"}, "fond": {"of"}, "hostile": {"to", "toward"},
    "sympathetic": {"to", "toward"}, "enthusiastic": {"about"}, "frustrated": {"with", "by"},
    "disappointed": {"with", "by", "that", "in"}, "pleased": {"with", "by", "that"},
    "grateful": {"for", "to", "that"}, "afraid": {"of", "that"}, "reluctant": {"to"},
    "willing": {"to"}, "unwilling": {"to"}, "determined": {"to"}, "committed": {"to"},
}
# Shows, finds: polls and studies "say" things too.
CLAUSE_VERBS = {
    **SPEECH,
    **BELIEF,
    **_forms(
        """show find learn indicate suggest see recognize recognise remember understand imply
        decide consider anticipate envision foresee notice read determine rule know discover
        realize realise assume wonder hear conclude acknowledge estimate calculate"""
    ),
}
# "told reporters (that) ...": the first object of these is the addressee, not the content.
_ADDRESSEE_VERBS = set(_forms("tell ask inform assure remind warn urge").keys())
_COMPLEMENT_DEPS = {"dobj", "ccomp", "xcomp", "oprd", "dative"}
_MIN_CHARS = 4
_OPEN = {"“", '"', "‘"}
_CLOSE = {"”", "’", '"'}
# Cues that can stand as a parenthetical inside or after what they report.
_PARENTHETICAL = set(
    _forms(
        """say add note write argue explain insist claim warn continue predict acknowledge
        contend suggest report observe concede tell"""
    )
)
_SUBJ = {"nsubj", "nsubjpass"}
_SAY = set(_forms("say add write note"))
_NESTED_OK = set(_forms("say tell"))


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
    cues: list[Any] = []
    for tok in doc:
        if in_quote(tok.idx):
            continue
        rng = content_range(tok)
        sourceless = False
        if rng is None:
            rng = _evidential_range(tok)
            sourceless = rng is not None
        if rng is None:
            continue
        start, end = rng
        if end - start < _MIN_CHARS or covered(start, end) > 0.6 * (end - start):
            continue
        # Overlapping a direct quote is fine only when the clause holds it and says more.
        if any(q.start < end and start < q.end and not (start < q.start and q.end <= end + 1)
               for q in direct):
            continue
        quote = Quote(text=text_of(doc)[start:end], start=start, end=end, sentence=sent_of(start),
                      kind="indirect")
        if sourceless:
            quote.cue = tok.text
        elif tok.lower_ not in SPEECH and tok.lower_ != "according" and not _can_hold_views(tok):
            continue  # "The talks focused on ...": a stance needs someone to hold it
        else:
            attribute(quote, doc, tok, resolver)
        out.append(quote)
        cues.append(tok)
    # A stance inside what someone else is reported to have said ("X said Y wants Z") is
    # part of that report, unless its cue is itself a verb of saying.
    return [
        q for q, cue in zip(out, cues, strict=True)
        if cue.lower_ in _NESTED_OK
        or not any(o is not q and o.start <= cue.idx < o.end for o in out)
    ]


# Common nouns for people, groups and the documents that speak for them ("the poll shows").
_HOLDERS = set(
    """official officials analyst analysts spokesman spokeswoman spokesperson expert experts
    economist economists lawmaker lawmakers leader leaders minister ministers president
    government ministry department agency court judge judges company firm campaign party
    committee council board union group groups critics supporters voters residents people
    investors traders executives authorities police prosecutors lawyer lawyers attorney
    researchers scientists poll polls survey surveys report reports study studies data
    statement letter analysis article ad memo document documents source sources senator
    senators governor mayor candidate candidates administration team officer officers
    negotiators diplomats delegation democrats republicans activists protesters workers
    bank banks regulator regulators republican democrat man woman men women someone
    everyone nobody others many some most majority both side sides""".split()  # noqa: SIM905
)
def _can_hold_views(cue: Any) -> bool:
    """False for a talk/plan verb whose subject is plainly a thing ("The talks focused on")."""
    low = cue.lower_
    if low in CLAUSE_VERBS or low in OBJECT_VERBS:
        return True
    subj = subject(cue)
    if subj is None or subj.tag_ not in {"NN", "NNS"} or not subj.text.islower():
        return True
    return subj.lower_ in _HOLDERS or subj.lower_.endswith(_AGENT_SUFFIXES)


_AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents",
                   "ian", "ians", "ee", "ees", "man", "men", "woman", "women")


def content_range(tok: Any) -> tuple[int, int] | None:
    """Character range of what a cue token reports, or None when it is no cue."""
    low = tok.lower_
    if low == "according":
        return _according_content(tok)
    if tok.tag_.startswith("NN") and low in NOUN_CUES:
        return _noun_or_adjective_content(tok, NOUN_CUES[low])
    if tok.tag_.startswith("JJ") and low in ADJECTIVE_CUES and tok.dep_ == "acomp":
        return _noun_or_adjective_content(tok, ADJECTIVE_CUES[low])
    if not tok.tag_.startswith("VB") or tok.dep_ in {"amod", "compound"}:
        return None
    if low in CLAUSE_VERBS:
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            return _clause_range(comp)
        if low in _PARENTHETICAL and tok.dep_ in {"parataxis", "ccomp", "advcl"}:
            return _parenthetical_content(tok)
        if low in _SAY:
            return _say_fallback(tok)
    if _passive(tok):
        return _passive_content(tok) if low in OBJECT_VERBS else None
    if low in _SEEN_AS:
        # "X sees the deal as a mistake": the object and what it is seen as.
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        as_ = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        if obj is not None and as_ is not None and as_.i > obj.i:
            return _trim(tok.doc[obj.left_edge.i : as_.right_edge.i + 1])
    if low in OBJECT_VERBS or low in INFINITIVE_VERBS or low in PREP_VERBS:
        return _complement_range(tok, low)
    return None


# "X seems to ...", "X is expected to ...": an appearance or expectation held by nobody named.
_EVIDENTIAL = set(_forms("seem appear"))
_SEEN_AS = set(_forms("see view regard consider know perceive"))


# Stances reported in the passive even without an agent ("X was accused of fraud").
_PASSIVE_STANCES = set(_forms("accuse criticize criticise blame praise condemn endorse"))


def _passive_content(verb: Any, force: bool = False) -> tuple[int, int] | None:
    """'X was endorsed by the union', 'X was accused of fraud': the passive subject (and what
    follows the verb) is the content; the agent, if any, the source."""
    if not force and verb.lower_ not in _PASSIVE_STANCES and not any(
        c.dep_ == "agent" for c in verb.children
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in {"who", "which", "that", "it"}:
        return None
    last = verb.i
    for child in verb.rights:
        if child.dep_ in {"prep", "oprd", "xcomp"}:
            last = child.right_edge.i
        elif child.is_punct or child.dep_ in {"cc", "conj", "agent"}:
            break  # the agent is the source, not part of what is said about the subject
    return _trim(verb.doc[subj.left_edge.i : last + 1])


def _evidential_range(tok: Any) -> tuple[int, int] | None:
    """'Investors seem to agree', 'The sale is expected to close', 'It appears that ...':
    the subject and what it seems to do, without a source."""
    low = tok.lower_
    if low in _SEEN_AS and _passive(tok) and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in tok.children
    ):
        return _passive_content(tok, force=True)  # "X is widely seen as the favourite"
    evidential = low in _EVIDENTIAL and tok.tag_.startswith("VB")
    if not evidential and not (low == "expected" and _passive(tok)):
        return None
    if any(c.dep_ == "agent" for c in tok.children):
        return None  # "expected by analysts": there is a source after all
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is not None and low in _EVIDENTIAL:
        return _clause_range(comp)
    subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
    comp = next((c for c in tok.children if c.dep_ in {"xcomp", "acomp", "attr"}), None)
    if subj is None or comp is None or subj.lower_ in {"it", "there"} or comp.i < tok.i:
        return None
    return _trim(tok.doc[subj.left_edge.i : comp.right_edge.i + 1])


def _noun_or_adjective_content(cue: Any, preps: set[str]) -> tuple[int, int] | None:
    """'criticism of X', 'concerns about X', 'claims that X', 'critical of X', 'sure that X'.

    Only when someone holds the stance (a possessor, or the subject of the verb that governs
    the noun): a bare "the threat of war" is nobody's statement.
    """
    if subject(cue) is None:
        return None
    for child in cue.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objs:
                return _trim(cue.doc[objs[0].left_edge.i : objs[-1].right_edge.i + 1])
        if child.dep_ in {"ccomp", "acl"} and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        ):
            return _clause_range(child)
        if child.dep_ == "xcomp" and "to" in preps:
            return _trim(cue.doc[child.left_edge.i : child.right_edge.i + 1])
    return None


def _say_fallback(cue: Any) -> tuple[int, int] | None:
    """'X said seeing so many officers was welcome', '..., he said.' mis-parsed: no clausal
    complement, but what was said is plainly the rest of the sentence on one side."""
    sent = cue.sent
    subj = next((c for c in cue.children if c.dep_ in _SUBJ), None)
    if subj is None:
        return None
    rights = [c for c in cue.rights if not c.is_punct and c.dep_ not in _SUBJ]
    if subj.i < cue.i and rights and rights[0].dep_ in {"xcomp", "dobj", "dep", "attr"}:
        last = sent.end - 1
        while last > cue.i and sent.doc[last].is_punct:
            last -= 1
        if last - rights[0].left_edge.i >= 3:
            return _trim(cue.doc[rights[0].left_edge.i : last + 1])
    if not rights and subj.left_edge.i > sent.start + 3:
        comma = subj.left_edge.i - 1
        if cue.doc[comma].text in {",", "”", '"'}:
            return _trim(cue.doc[sent.start : comma])
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
    marks = {",", "”", '"', "—"}
    before = doc[lo].text in marks or (lo > 0 and doc[lo - 1].text in marks)
    after = doc[hi].text in marks or (hi + 1 < len(doc) and doc[hi + 1].text in marks)
    if (head.i < cue.i and not before) or (head.i > cue.i and not after):
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
            or (picked and child.lower_ in {"for", "as", "of"}
                and child.i == picked[-1].right_edge.i + 1)
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
    # A bare one-word object says too little to stand as a quote ("announced cuts"), unless
    # it names whom the stance is about ("Christie endorsed Trump").
    if last == first and verb.doc[first].pos_ != "PROPN":
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
    while toks and (toks[0].is_space or (toks[0].is_punct and toks[0].text not in _OPEN)):
        toks = toks[1:]
    while toks and (toks[-1].is_space or (toks[-1].is_punct and toks[-1].text not in _CLOSE)):
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _clause_range(head: Any) -> tuple[int, int] | None:
    toks = list(head.subtree)
    while toks and (
        (toks[0].dep_ == "mark" and toks[0].lower_ in {"that", "whether", "if"})
        or toks[0].is_punct
        or toks[0].is_space
    ):
        toks = toks[1:]
    while toks and (toks[-1].is_space or (toks[-1].is_punct and toks[-1].text not in _CLOSE)):
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
    while part and (part[0].is_punct or part[0].is_space):
        part = part[1:]
    while part and (part[-1].is_punct or part[-1].is_space):
        part = part[:-1]
    if len(part) < 2:
        return None
    return part[0].idx, part[-1].idx + len(part[-1])
