"""Speech cues and speakers: the verb lexicon, the subject of a cue, resolution to a person.

Shared by direct quotes (``quotes.py``) and reported speech (``quotes_reported.py``). The
speaker is kept as written next to the cue ("she", "the minister", "Lutnick") and resolved
to a Person of the article: a mention of that person, the most recent compatible person for
a pronoun, the person whose role holds the noun for "the minister".
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from storyline.records import Person, Quote


def _forms(bases: str) -> dict[str, str]:
    """Inflected forms -> base, for regular verbs plus the irregular ones listed."""
    out: dict[str, str] = {}
    for base in bases.split():
        stem = base[:-1] if base.endswith("e") else base
        ies = base[:-1] + "ies" if base.endswith("y") and base[-2] not in "aeiou" else None
        ied = base[:-1] + "ied" if ies else None
        # "admit" -> "admitted", "slam" -> "slammed": a final consonant after one vowel
        # doubles (over-generating "visitted" is harmless: no text contains it).
        cvc = len(base) > 2 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and (
            base[-3] not in "aeiou")
        dbl = base + base[-1] if cvc else None
        for form in (base, base + "s", base + "es", stem + "ed", stem + "ing", ies, ied,
                     dbl and dbl + "ed", dbl and dbl + "ing"):
            if form:
                out[form] = base
    irregular = {
        "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
        "thought": "think", "spoke": "speak", "spoken": "speak", "knew": "know",
        "testified": "testify", "replied": "reply", "denied": "deny", "implied": "imply",
        "added": "add", "adding": "add", "admitted": "admit", "admitting": "admit",
        "stressed": "stress", "stressing": "stress", "insisted": "insist",
        "insisting": "insist", "quipped": "quip", "quipping": "quip",
        "found": "find", "shown": "show", "saw": "see", "seen": "see", "known": "know",
        "felt": "feel", "heard": "hear", "understood": "understand", "meant": "mean",
        "taught": "teach", "sought": "seek", "made": "make", "gave": "give",
        "given": "give", "led": "lead", "held": "hold", "began": "begin", "put": "put",
        "laid": "lay", "forgot": "forget", "forgotten": "forget", "swore": "swear",
        "sworn": "swear", "foresaw": "foresee", "foreseen": "foresee", "bet": "bet",
        "chose": "choose", "chosen": "choose", "struck": "strike", "took": "take",
        "taken": "take",
    }
    out.update({k: v for k, v in irregular.items() if v in bases.split()})
    return out


# Verbs that introduce a direct quotation or reported speech.
SPEECH = _forms(
    """say tell note warn add confirm emphasize emphasise stress insist explain argue write
    ask declare announce state remark reply urge caution acknowledge concede claim predict
    suggest recall complain admit tweet post report testify allege assert deny maintain
    reiterate vow promise pledge indicate signal hint agree disclose reveal observe joke
    quip boast respond counter retort recount charge contend speculate conclude speak
    estimate point caution underline underscore lament concur inform assure propose demand
    threaten acknowledge mention comment describe continue repeat"""
)
# Attributed beliefs and expectations: reported content, but never cues of a direct quote.
BELIEF = _forms("believe think expect hope fear worry feel doubt predict suspect reckon")
# "X told reporters", "said in a statement": the addressee or medium is part of the cue.
_CUE_OBJECTS = {"reporters", "journalists", "lawmakers", "the press", "supporters", "audience"}
_CUE_MEDIA = {
    "statement", "interview", "post", "tweet", "email", "letter", "release", "speech",
    "briefing", "conference", "video", "broadcast", "filing", "memo", "op-ed", "message",
}
_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_GROUP = {"they", "it", "we"}
_SUBJ = {"nsubj", "nsubjpass"}



def text_of(doc: Any) -> str:
    """The Doc's text, built once (``Doc.text`` joins every token on each access)."""
    text = doc.user_data.get("storyline_text")
    if text is None:
        text = doc.user_data["storyline_text"] = doc.text
    return text


def speech_token(tok: Any) -> bool:
    """A verb that can introduce a quotation, or 'according (to)'."""
    low = tok.lower_
    if low == "according" and any(c.lower_ == "to" for c in tok.children):
        return True
    return low in SPEECH and tok.tag_.startswith("VB")


def attribute(quote: Quote, doc: Any, cue: Any, resolver: Resolver) -> None:
    quote.cue = cue_text(cue)
    subj = subject(cue)
    if subj is None:
        subj = _stray_subject(cue)
    if subj is None:
        return
    if subj.lower_ in {"who", "that"} and subj.head.dep_ == "relcl":
        # "Cutler, who said ...": the mention is "who", the speaker its antecedent.
        quote.speaker_text = subj.text
        quote.speaker_start, quote.speaker_end = subj.idx, subj.idx + len(subj)
        antecedent = subj.head.head
        a_start, a_end = resolver.speaker_span(doc, antecedent)
        quote.speaker = resolver.resolve(doc, antecedent, a_start, a_end)
        return
    start, end = resolver.speaker_span(doc, subj)
    person = _titled_person_after(doc, end)
    if person is not None:
        # '"…," said Corvane founder and chief executive Mikhail Sorensen': the company
        # names whose founder spoke; the person is the speaker
        subj, (start, end) = person.root, (person.start_char, person.end_char)
    quote.speaker_text = text_of(doc)[start:end]
    quote.speaker_start, quote.speaker_end = start, end
    quote.speaker = resolver.resolve(doc, subj, start, end, (quote.start, quote.end))


# Job words between an organisation's name and its person's ("Corvane founder and chief
# executive Mikhail Sorensen", "Boeing CEO Kelly Ortberg").
_JOB_RUN = re.compile(r"\s+(?:(?:co-?founder|founder|chief|executive|ceo|president|chairman|"
                      r"chairwoman|chair|head|director|spokes(?:man|woman|person)|officer|"
                      r"managing|general|counsel|and|of|its)\s+)+$", re.IGNORECASE)


def _titled_person_after(doc: Any, end: int) -> Any | None:
    """A person named right after the speaker span, past job words only."""
    text = text_of(doc)
    for ent in doc.ents:
        if ent.label_ == "PERSON" and end < ent.start_char <= end + 60 and _JOB_RUN.fullmatch(
                text[end:ent.start_char]):
            return ent
    return None


_NAMES = {"PERSON", "ORG", "GPE", "NORP"}
_CLOSING = {"”", '"', "''", "’", ","}
_NOT_SPEAKER_DEPS = {"aux", "auxpass", "neg", "mark", "cc", "prep", "advcl", "ccomp", "npadvmod"}


def _stray_subject(cue: Any) -> Any | None:
    """A cue the parser left without a subject ("Texas, leading a coalition, asked ...",
    "Trump, meanwhile, was making a pitch, refusing ..."): the name that opens its clause."""
    if not cue.tag_.startswith("VB") or cue.tag_ == "VBN" or cue.lower_ == "according":
        return None
    doc = cue.doc
    if cue.i > 0 and doc[cue.i - 1].text in _CLOSING and cue.i + 1 < len(doc):
        # '“...,” said Skelly' / '“...?” asked the boy' parsed with the name as an object
        # or adverb: after a closing mark, the name after the verb is who spoke.
        nxt = next((c for c in cue.rights if not c.is_punct), None)
        if nxt is not None and nxt.pos_ in {"PROPN", "NOUN"} and nxt.left_edge.i <= cue.i + 3:
            return nxt
        # ('“…,” said Tomas Reinholt, the flight director, as staff cheered': the parser
        # made the name the subject of the later clause) a person named right after the verb
        after = doc[cue.i + 1]
        if after.ent_type_ == "PERSON" and after.ent_iob_ == "B":
            ent = next((e for e in doc.ents if e.start == after.i), None)
            if ent is not None:
                return doc[ent.end - 1]
    sent = cue.sent
    # "Jolly said ...", "About 4 in 10 say ...": a subject the parser took for a modifier.
    left = [c for c in cue.lefts if not c.is_punct and c.dep_ not in _NOT_SPEAKER_DEPS]
    if left and cue.lower_ in SPEECH:
        near = left[-1]
        if near.pos_ in {"PROPN", "NOUN", "NUM", "PRON"} or (
            near.i == sent.start and near.text.istitle() and near.pos_ != "ADV"
        ) or (near.text.istitle() and near.tag_ == "RB" and near.i == sent.start):
            return near
    for tok in sent:
        if tok.i >= cue.i:
            return None
        if tok.dep_ in _SUBJ:
            return None  # the parse has a subject: trust it, even if elsewhere
        if tok.ent_type_ in _NAMES and tok.pos_ == "PROPN" and tok.dep_ in {
            "appos", "intj", "npadvmod", "dep", "ROOT"
        }:
            return tok
    return None


def cue_text(cue: Any) -> str:
    if cue.lower_ == "according":
        return "according to"
    words = [cue.text]
    for child in cue.rights:
        if child.dep_ in {"dobj", "dative"} and (
            child.lower_ in _CUE_OBJECTS or child.text.lower() in _CUE_OBJECTS
        ):
            words.append(child.text)
        elif child.dep_ == "prep" and child.lower_ == "in":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ in _CUE_MEDIA and pobj.i - cue.i <= 5:
                words.append(doc_text(child, pobj))
        elif child.dep_ == "prt" and child.i == cue.i + 1:
            words.append(child.text)  # "pointed out"
    return " ".join(words)


def doc_text(first: Any, last: Any) -> str:
    return first.doc[first.i : last.i + 1].text


def subject(cue: Any) -> Any | None:
    """The grammatical speaker of a cue verb (walking up through participles and conjuncts)."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        if to is not None:
            return next((c for c in to.children if c.dep_ == "pobj"), None)
        return None
    tok = cue
    if cue.tag_.startswith("NN"):
        # "Trump's criticism of ..." / "X raised concerns about ..."
        poss = next((c for c in cue.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        if cue.dep_ not in {"dobj", "attr", "nsubj"} or not cue.head.tag_.startswith("VB"):
            return None
        tok = cue.head
    elif cue.tag_.startswith("JJ"):
        # "X is critical of ...": the subject of the copula
        if cue.dep_ != "acomp":
            return None
        tok = cue.head
    if tok.tag_ == "VBN" and (
        any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)
        or (tok.dep_ in {"advcl", "acl"} and not any(c.dep_ == "aux" for c in tok.children))
    ):
        # "X was asked by the host", "Asked about it, X said": the passive subject is the
        # addressee; the speaker is the agent, if named.
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
        if subj is not None:
            return subj
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return tok.head  # "a letter saying ...", "Christie, calling him ...": the noun
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "X ended the call by saying ...": the subject of "ended"
            continue
        if tok.dep_ in {"conj", "advcl", "xcomp", "ccomp", "acl"} and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return None


class Resolver:
    """Maps a speaker mention to a Person of the article."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self.mentions = sorted(
            ((m.start, m.end, p) for p in people for m in p.mentions), key=lambda x: x[0]
        )
        self._starts = [m[0] for m in self.mentions]

    def _around(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """Mentions that may overlap [start, end) (mentions are short: look a little back)."""
        lo = bisect.bisect_left(self._starts, start - 200)
        hi = bisect.bisect_left(self._starts, end)
        return self.mentions[lo:hi]

    def person_at(self, start: int, end: int) -> tuple[int, int, Person] | None:
        for m in self._around(start, end):
            if m[0] < end and start < m[1]:
                return m
        return None

    def speaker_span(self, doc: Any, subj: Any) -> tuple[int, int]:
        """Where the speaker is written: a person mention, else the subject noun phrase."""
        hit = self.person_at(subj.idx, subj.idx + len(subj))
        if hit is not None:
            return hit[0], hit[1]
        first, last = subj.left_edge, subj
        # The phrase, not what a clause on it says: "the PACs supporting Kasich" is the PACs.
        for child in subj.rights:
            if child.dep_ in {"acl", "relcl"}:
                break
            last = child.right_edge
        lo, hi = first.idx, last.idx + len(last)
        for m in self._around(lo, hi):
            if lo <= m[0] and m[1] <= hi and m[2].kind == "person":
                return m[0], m[1]
        return first.idx, subj.idx + len(subj)

    def resolve(self, doc: Any, subj: Any, start: int, end: int,
                quoted: tuple[int, int] | None = None) -> str | None:
        """The person a speaker mention names; a pronoun's is the last one named before it,
        outside the words ``quoted`` ('"… the small factories in Rusayl and Sohar," he
        said': not Sohar)."""
        hit = self.person_at(start, end)
        if hit is not None:
            return hit[2].name
        low = subj.lower_
        if low in _PRONOUNS_PERSON:
            return self._recent(start, "person", quoted)
        if low in {"it"}:
            return self._recent(start, "org", quoted)
        if subj.tag_ in {"NN", "NNS"} or (subj.tag_.startswith("NN") and subj.text.islower()):
            return self._by_role(low, start)
        if subj.ent_type_ in {"GPE", "ORG", "NORP"} and subj.tag_.startswith("NNP"):
            return text_of(doc)[start:end]  # a country or body speaking as itself: "China said"
        return None

    def _recent(self, before: int, kind: str, quoted: tuple[int, int] | None = None
                ) -> str | None:
        k = bisect.bisect_left(self._starts, before)
        for s, e, p in reversed(self.mentions[:k]):
            if p.kind == kind and not (quoted and quoted[0] <= s and e <= quoted[1]):
                return p.name
        return None

    def _by_role(self, noun: str, before: int) -> str | None:
        best, best_pos = None, -1
        for p in self.people:
            if not any(re.search(rf"\b{re.escape(noun)}\b", r.text.lower()) for r in p.roles):
                continue
            pos = max((m.start for m in p.mentions if m.start < before), default=-1)
            if pos > best_pos:
                best, best_pos = p.name, pos
        return best


