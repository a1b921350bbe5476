"""Quotes aligned across a story's articles: same speaker, same statement, variant wording.

Two direct quotes of the same (merged) speaker align when their words are close (rapidfuzz
ratio, token-set and token-sort ratios, or mostly the same content words), compared part by
part when a quote runs on over several sentences; a direct quote and an indirect report, or
two reports, align on shared content words and numbers ("Twenty of the 45 beds" ~ "20
beds were taken"). Words quoted inside reported speech ('had "shown great sincerity"') count as
direct quotes too. Short fragments ("game changer") only join a quote that contains them.
Different direct wordings from different outlets are a ``quote`` discrepancy (showing the
parts that differ; editors' marks, two cuts of one statement and wordings that differ only
in glue words are not, see ``wordings``);
so are the same words given to two different, explicitly named people.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from storyline.records import Quote

from .evidence import Doc, UnionFind
from .model import AlignedQuote, Citation, Discrepancy, DiscrepancyValue, MergedPerson, QuoteVariant
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .people import name_tokens, person_index
from .text import content_words, fold, normalize, numbers, wordset
from .wordings import (
    acronyms_of,
    fold_acronyms,
    material_rewording,
    one_statement,
    spelling,
    wording_key,
)

log = logging.getLogger(__name__)

_FRAGMENT_TOKENS = 3  # quotes shorter than this are scare quotes or fragments
# What a quote's two wordings are about: "<speaker>'s words", or this when none is named.
_WORDS = "'s words"
_ANY_WORDING = "wording of a quote"


@dataclass(frozen=True)
class _Prepared:
    norm: str
    words: frozenset[str]
    nums: frozenset[str]
    kind: str
    # The parts of a quote that runs on ("... we were. … Our members ..."), each normalised,
    # so that one outlet's longer excerpt does not hide a shared sentence.
    segments: tuple[tuple[str, frozenset[str]], ...] = ()
    parts: tuple[str, ...] = ()  # the segments as written


# An attribution caught inside a quote that runs over it ('… to the scene, ” he said. "We've
# …'): the closing mark, up to four words naming the speaker and a speech verb. It is the
# outlet's narration, not the speaker's wording.
_INNER_ATTRIBUTION = re.compile(
    r"[,.]?\s*[”\"]\s*(?:[\w’'.-]+\s+){1,4}?(?:said|says|added|adds|explained|stated|"
    r"continued|recalled|told\s+[\w’'.-]+)\s*[.,]?\s*(?:[“\"]\s*)?")


def is_wording(d: Discrepancy) -> bool:
    """The report is one statement's two wordings (a variance shown, not a conflict)."""
    return d.kind == "quote" and (d.about.endswith(_WORDS) or d.about == _ANY_WORDING)


def _wording(text: str) -> str:
    return spelling(text)


def _prepare(text: str, kind: str) -> _Prepared:
    text = _INNER_ATTRIBUTION.sub(" ", text)
    parts = [s for s in re.split(r"\s*(?:…|\.\.\.|(?<=[.!?])\s+)\s*", text) if normalize(s)]
    segments = tuple((_wording(s), frozenset(content_words(s))) for s in parts)
    return _Prepared(_wording(text), frozenset(content_words(text)), frozenset(numbers(text)),
                     kind, segments, tuple(parts))


_Part = tuple[str, str, frozenset[str]]  # as written, normalised, its content words


def _parts(q: _Q) -> list[_Part]:
    """A quote's parts as written, normalised, and their content words (a quote that does
    not run on is one part)."""
    if len(q.prep.segments) < 2:
        return [(q.quote.text.strip(), q.norm, q.words)]
    return [(text.strip(), norm, words)
            for text, (norm, words) in zip(q.prep.parts, q.prep.segments, strict=True)]


def _excerpt(a: str, b: str) -> bool:
    """The same words, or one an excerpt of the other (normalised)."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _one_statement(firsts: list[_Q], o: ReconcileOptions) -> list[tuple[int, str]]:
    """The words each wording sets against the others', all of one statement. Of quotes
    that run on, the closest pair of differently worded parts of two wordings is the
    statement; a wording close to it (or to a wording so shown) shows its part that words
    it differently (else one that gives its very words), and a wording with no part close
    enough renders another statement of the speaker and is left out ("The real fight
    starts now." is no wording of "Prison terms do not return one pound …")."""
    parts = [_parts(q) for q in firsts]
    anchor, best = None, 0.0
    for i, mine in enumerate(parts):
        for theirs in parts[i + 1:]:
            for part in mine:
                for other in theirs:
                    if _excerpt(part[1], other[1]):
                        continue  # the same words: not where they differ
                    score = _direct_similarity(part[1], other[1], part[2], other[2])
                    if score > best:
                        anchor, best = (i, part), score
    if anchor is None or best < o.direct_quote_similarity:
        return [(i, q.quote.text.strip()) for i, q in enumerate(firsts)]
    chosen = {anchor[0]: anchor[1]}
    grown = True
    while grown:  # a wording close to one already shown renders the statement too
        grown = False
        for i, mine in enumerate(parts):
            if i not in chosen and (found := _closest_part(mine, list(chosen.values()), o)):
                chosen[i], grown = found, True
    return sorted((i, text) for i, (text, _, _) in chosen.items())


def _closest_part(mine: list[_Part], shown: list[_Part], o: ReconcileOptions) -> _Part | None:
    """The part of a wording that renders a part shown: one in other words first
    ("Splashdown confirmed." gives the very words of "Splashdown confirmed — what a way
    …"), then the closest; None when none is close enough."""
    ranked = []
    for part in mine:
        for other in shown:
            score = _direct_similarity(part[1], other[1], part[2], other[2])
            if score >= o.direct_quote_similarity:
                ranked.append((not _excerpt(part[1], other[1]), score, part))
    return max(ranked)[2] if ranked else None


def _direct_similarity(na: str, nb: str, wa: frozenset[str], wb: frozenset[str]) -> float:
    """Two verbatim renderings: close in characters, or sharing most of their words."""
    if na == nb:
        return 1.0
    shared = wa & wb
    ratio = fuzz.ratio(na, nb) / 100
    words = fuzz.token_set_ratio(na, nb) / 100 if len(shared) >= 2 else 0.0
    # Clauses in another order ("we are closer than we were, but we are not yet there").
    reordered = fuzz.token_sort_ratio(na, nb) / 100
    score = max(0.5 * words + 0.5 * ratio, ratio, reordered)
    if len(shared) >= 3:  # reworded but the same content words ("take every necessary
        score = max(score, len(shared) / min(len(wa), len(wb)))  # measure" ~ "all measures")
    return score


@dataclass
class _Q:
    doc: Doc
    quote: Quote
    speaker: MergedPerson | None
    prep: _Prepared

    @property
    def norm(self) -> str:
        return self.prep.norm

    @property
    def words(self) -> frozenset[str]:
        return self.prep.words

    @property
    def fragment(self) -> bool:
        return len(self.norm.split()) < _FRAGMENT_TOKENS


_INNER = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
_PRONOUNS = wordset("he she they it we i you his her their its him them one")


# A relative or possessive pronoun next to the cue names nobody until it is resolved
# ("a woman who says…" with no name for the woman): the quote is shown unattributed.
_RELATIVE = wordset("who whom whose which that his her its their")


def _names_someone(text: str | None) -> bool:
    words = (text or "").strip().lower().replace("’", "'").split("'")[0].split()
    return bool(words) and not (len(words) == 1 and words[0] in _RELATIVE)


def _embedded(doc: Doc, q: Quote) -> list[Quote]:
    """Direct quotes (of two words or more) inside an indirect quote's text."""
    if q.kind != "indirect":
        return []
    base = doc.article.text.find(q.text, max(0, q.start - 5))
    out = []
    for m in _INNER.finditer(q.text):
        inner = m.group(1).strip(" ,.")
        if len(inner.split()) < 2:
            continue
        start = (base if base >= 0 else q.start) + m.start(1)
        out.append(dataclasses.replace(q, text=inner, start=start, end=start + len(inner),
                                       kind="direct"))
    return out


def _reliable_speaker(q: _Q) -> bool:
    """Named next to the cue, not a pronoun resolved by the NLP stage (unless the sentence
    just before, in its paragraph, opens with the speaker's name and names nobody else:
    "Brennan conceded shortly after 10 p.m. “I called Maria …,” he told supporters")."""
    text = (q.quote.speaker_text or "").strip().lower()
    if text in {"he", "she"}:
        return _opened_by_speaker(q)
    return bool(text) and text not in _PRONOUNS and not text.startswith(("the ", "a "))


# Words a sentence may open with before the speaker's surname: a title and a given name
# ("PUC Chair Renata Solis called the ruling a warning").
_OPENING_TOKENS = 5
_HONORIFIC = re.compile(r"^(?:(?:mr|mrs|ms|dr|sir|dame|lord)\.?\s+)?", re.IGNORECASE)


def _opened_by_speaker(q: _Q) -> bool:
    """Does the sentence before the quote's, in its paragraph or a paragraph of its own (or
    the quote's own sentence, before the quotation), open with the speaker's surname and
    name no other person (an organisation, "head of the Civil Protection Department", is
    no other speaker for "she")?"""
    if q.speaker is None:
        return False
    doc, text = q.doc, q.doc.article.text
    this = doc.sentence(q.quote.sentence)
    if this is None:
        return False
    lead = (this.start, max(this.start, q.quote.start - 1))
    if not text[lead[0]:lead[1]].strip(" “\"'‘"):
        prev = doc.sentence(q.quote.sentence - 1) if q.quote.sentence > 0 else None
        if prev is None or ("\n" in text[prev.end:this.start]
                            and text[:prev.start].rstrip(" \t").rpartition("\n")[2].strip()):
            return False  # (a paragraph of its own, just before, introduces the speaker:
            # "Elena Castellucci … flew to the area." ¶ "“The old town held …,” she said.")
        lead = (prev.start, prev.end)
    surname = name_tokens(q.speaker.name)[-1:]
    said = text[lead[0]:lead[1]]
    honorific = _HONORIFIC.match(said)
    opening = name_tokens(said[honorific.end() if honorific else 0:][:60])
    if not surname or surname[0] not in opening[:_OPENING_TOKENS]:
        return False
    own = set(name_tokens(q.speaker.name))
    return all(set(name_tokens(p.name)) <= own or p.kind != "person" or not any(
        lead[0] <= m.start < lead[1] for m in p.mentions) for p in doc.analysis.people)


def _resolve_speaker(doc: Doc, q: Quote, index: dict[tuple[str, str], MergedPerson],
                     people: list[MergedPerson]) -> MergedPerson | None:
    if q.speaker and (doc.id, q.speaker) in index:
        return index[(doc.id, q.speaker)]
    text = q.speaker or q.speaker_text
    if not text:
        return None
    toks = name_tokens(text)
    if not toks:
        return None
    # A surname or name of a person this article mentions.
    for p in people:
        for k in p.members:
            if k.article_id == doc.id and toks[-1] in name_tokens(k.name):
                return p
    return None


def quote_similarity(a: str, b: str, kind_a: str = "direct", kind_b: str = "direct") -> float:
    """0..1: how likely two quotes of one speaker render the same statement."""
    return _similarity(_prepare(a, kind_a), _prepare(b, kind_b))


def _similarity(a: _Prepared, b: _Prepared) -> float:
    na, nb = a.norm, b.norm
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    wa, wb = a.words, b.words
    shared = wa & wb
    if a.kind == "direct" and b.kind == "direct":
        best = _direct_similarity(na, nb, wa, wb)
        for sa, swa in a.segments if len(a.segments) > 1 or len(b.segments) > 1 else ():
            for sb, swb in b.segments:
                if len(sa.split()) >= _FRAGMENT_TOKENS and len(sb.split()) >= _FRAGMENT_TOKENS:
                    best = max(best, _direct_similarity(sa, sb, swa, swb))
        return best
    # A report and a quote (or two reports): paraphrase, judged on the words they share.
    if len(shared) < 2:
        return 0.0
    overlap = len(shared) / min(len(wa), len(wb))
    score = overlap
    if len(shared) >= 5 and overlap >= 0.35:  # many shared specifics: names, places
        score = max(score, 0.5)
    shared_nums = a.nums & b.nums
    if shared_nums and len(shared - shared_nums) >= 1:
        score = max(score, 0.5 + 0.1 * len(shared_nums))
    return score


def _linked(a: _Q, b: _Q, o: ReconcileOptions) -> bool:
    if a.doc is b.doc:
        return False
    same_speaker = a.speaker is not None and a.speaker is b.speaker
    if not same_speaker and (len(a.norm.split()) < 5 or len(a.words & b.words) < 3):
        return False  # other speakers: only the same, distinctive words can align
    sim = _similarity(a.prep, b.prep)
    if same_speaker:
        bar = (o.direct_quote_similarity if a.quote.kind == b.quote.kind == "direct"
               else o.report_similarity)
        return sim >= bar
    return sim >= _other_speaker_bar(a, b, o)


def _other_speaker_bar(a: _Q, b: _Q, o: ReconcileOptions) -> float:
    """How alike two speakers' words must be to be one statement: reworded whole statements
    of like length may be further apart than the same words cut or trimmed."""
    na, nb = len(a.norm.split()), len(b.norm.split())
    if (min(na, nb) >= o.reworded_min_words and max(na, nb) <= o.reworded_length_ratio * min(na, nb)
            and a.quote.kind == b.quote.kind == "direct"):
        return o.reworded_other_speaker
    return o.same_words_other_speaker


def _contains(container: _Q, fragment: _Q) -> bool:
    return f" {fragment.norm} " in f" {container.norm} "


def align_quotes(
    docs: list[Doc], people: list[MergedPerson], options: ReconcileOptions = DEFAULT_OPTIONS
) -> tuple[list[AlignedQuote], list[Discrepancy]]:
    index = person_index(people)
    qs: list[_Q] = []
    for doc in docs:
        for q in doc.analysis.quotes:
            if not q.text.strip():
                continue
            speaker = _resolve_speaker(doc, q, index, people)
            qs.append(_Q(doc, q, speaker, _prepare(q.text, q.kind)))
            # Words quoted inside reported speech ('had "shown great sincerity"') are
            # verbatim: compare them as direct quotes too.
            for inner in _embedded(doc, q):
                qs.append(_Q(doc, inner, speaker, _prepare(inner.text, "direct")))
    uf = UnionFind(len(qs))
    whole = [i for i, q in enumerate(qs) if not q.fragment]
    for n, i in enumerate(whole):
        for j in whole[n + 1 :]:
            if _linked(qs[i], qs[j], options):
                uf.union(i, j)
    fragments = [i for i, q in enumerate(qs) if q.fragment]
    for n, i in enumerate(fragments):  # the same fragment in two outlets
        for j in fragments[n + 1 :]:
            if qs[i].norm == qs[j].norm and qs[i].speaker is qs[j].speaker:
                uf.union(i, j)
    for i in fragments:  # a fragment joins one quote that contains it
        f = qs[i]
        hosts = [j for j in whole if qs[j].speaker is f.speaker and f.speaker is not None
                 and qs[j].doc is not f.doc and _contains(qs[j], f)]
        if hosts:
            uf.union(i, hosts[0])
    ordered = sorted(([qs[i] for i in members] for members in uf.groups()),
                     key=lambda g: (-len({q.doc.outlet for q in g}),
                                    min((q.doc.order, q.quote.start) for q in g)))
    aligned, discrepancies = [], []
    for n, group in enumerate(ordered, 1):
        a, discs = _build(group, f"q{n}", options)
        aligned.append(a)
        discrepancies.extend(discs)
    return aligned, discrepancies


def _attribution(group: list[_Q], o: ReconcileOptions) -> list[Discrepancy]:
    """The same words given to different speakers by different outlets."""
    reliable = {id(q): _reliable_speaker(q) for q in group}  # (read once a quote, not a pair)
    for n, a in enumerate(group):
        for b in group[n + 1 :]:
            if (a.speaker is None or b.speaker is None or a.speaker is b.speaker
                    or a.doc.outlet == b.doc.outlet or a.fragment or b.fragment
                    or a.quote.kind != "direct" or b.quote.kind != "direct"):
                continue
            if (_similarity(a.prep, b.prep) < _other_speaker_bar(a, b, o)
                    or not (reliable[id(a)] and reliable[id(b)])
                    or _one_name(a.speaker.name, b.speaker.name)
                    or not _both_people(a, b)
                    or _names_other(a, b) or _names_other(b, a)):
                continue
            words = max(a.prep.segments or ((a.norm, a.words),),
                        key=lambda s: _direct_similarity(s[0], b.norm, s[1], b.words))[0]
            words = words if len(words) <= 80 else words[:77] + "..."
            return [Discrepancy(
                kind="quote",
                about=f"who said \u201c{words}\u201d",
                values=[DiscrepancyValue(q.speaker.name, _quote_cites(q)) for q in (a, b)
                        if q.speaker is not None],
                note=f"{a.doc.outlet} gives these words to {a.speaker.name}; "
                     f"{b.doc.outlet} to {b.speaker.name}.",
            )]
    return []


_WORDS_OF = r"['’]s\s+(?:\w+\s+)?(?:line|words|remark|remarks|comment|phrase|quote|statement)\b"


def _names_other(a: _Q, b: _Q) -> bool:
    """Does the sentence of a's quote give the words to b's speaker after all: a named as
    the firm b's speaker is of ("Rania Haddad of Haddad Kerr told us", "Lucía Barragán of
    Grupo Financiero Altamar told clients"), or the words called b's ("Governor Ergashev's
    line … was repeated by Deputy Governor Saidova")?"""
    if a.speaker is None or b.speaker is None:
        return False
    own, other = name_tokens(a.speaker.name), name_tokens(b.speaker.name)
    if not own or not other:
        return False
    for c in _quote_cites(a):
        if b.speaker.name in c.sentence and (own[-1] in other or re.search(
                re.escape(b.speaker.name.split()[-1]) + r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}"
                + re.escape(a.speaker.name.split()[-1]) + r"\b", c.sentence)):
            return True  # ("Lucía Barragán of Grupo Financiero Altamar told clients")
        if re.search(r"\b" + re.escape(b.speaker.name.split()[-1]) + _WORDS_OF, c.sentence):
            return True
    return False


def _both_people(a: _Q, b: _Q) -> bool:
    """Two people, each named outside the words quoted, neither speaking for the other. An
    organisation speaks through its people (a minister's words are his department's, a
    newspaper reports what an official told it), a spokesman for the other, and a name
    inside the quote ("respect to her (Tara Reid)") is not its speaker."""
    for q, other in ((a, b), (b, a)):
        if q.speaker is None or q.speaker.kind != "person" or other.speaker is None:
            return False
        surname = name_tokens(q.speaker.name)[-1:]
        if surname and surname[0] in set(name_tokens(q.quote.text)):
            return False
        # "Palin spokesman Bill McAllister said …": one speaks for the other.
        sentence = fold(q.doc.sentence_text(q.quote.sentence))
        # "Kelly said there was “…” while Cerar said “…”": the outlet names the other
        # speaker in the very sentence, so its attribution of these words is no conflict.
        # (named as a speaker there, by a verb of saying: "with Trade Representative Greer
        # beside him" names a bystander, not a speaker)
        outside = fold(q.doc.sentence_text(q.quote.sentence).replace(q.quote.text, " "))
        if any(re.search(rf"\b{re.escape(w)}\b(?:(?:\W+\w+){{0,2}}?|\s*,[^,;]{{1,100}},)\s*\W*"
                         rf"{_SAYING}|{_SAYING}\W+(?:\w+\W+){{0,3}}?{re.escape(w)}\b", outside)
               for w in name_tokens(other.speaker.name)[-1:] if len(w) > 2):
            return False
        for word in name_tokens(other.speaker.name)[-1:]:
            if re.search(rf"\b{re.escape(word)}(?:'s)? {_FOR_OTHERS}\b", sentence):
                return False
        # "… ,” Reid's rep told Us": the words are a representative's, credited to the
        # client by the name reader; another outlet naming a representative as the speaker
        # ("the actress's rep Jack Ketsoyan") names the same voice.
        if _through_representative(q) and _a_representative(other):
            return False
    return True


# Verbs of saying, for a name told as a quote's speaker.
_SAYING = (r"(?:said|says|say|told|tells|added|adds|asked|asks|replied|replies|stated|"
           r"states|wrote|writes|argued|argues|insisted|insists|warned|warns|declared)\b")
# People who speak for another: "the senator's spokesman", "Palin aide", "her lawyer".
_FOR_OTHERS = (r"(?:spokes(?:man|woman|person)|aide|lawyer|attorney|publicist|"
               r"representatives?|reps?|agent|office|campaign)")
# Right after a speaker's mention: a possessive and a word for someone who speaks for him,
# with at most one word between ("Reid's rep", "Lind's longtime spokesman").
_SPEAKS_FOR = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?{_FOR_OTHERS}\b", re.IGNORECASE)


def _through_representative(q: _Q) -> bool:
    """The speaker's mention owns a representative: "Reid's rep told Us" names the client,
    not the speaker."""
    end = q.quote.speaker_end
    return end is not None and bool(_SPEAKS_FOR.match(q.doc.article.text, end))


def _a_representative(q: _Q) -> bool:
    """The speaker is described as someone who speaks for another, in a role the story gives
    him ("the actress's rep") or next to his name in the quote's attribution ("said Omar
    Haddad, a spokesman for the firm"). A bare "Rep." or "attorney" is an office of its own
    ("Rep. Ann Kuster", "Attorney General"), so those count only when owned or followed by
    "for"."""
    if q.speaker is None:
        return False
    if any(_REP_ROLE.search(fold(r.text)) for r in q.speaker.roles):
        return True
    surname = name_tokens(q.speaker.name)[-1:]
    sentence = fold(q.doc.sentence_text(q.quote.sentence).replace(q.quote.text, " "))
    at = re.search(rf"\b{re.escape(surname[0])}\b", sentence) if surname else None
    return at is not None and bool(
        _REP_ROLE.search(sentence[max(0, at.start() - 60):at.end() + 60]))


_REP_ROLE = re.compile(rf"\bspokes(?:man|woman|person)\b|\bpublicist\b"
                       rf"|['’]s\s+(?:[a-z-]+\s+)?{_FOR_OTHERS}\b|\b{_FOR_OTHERS}\s+for\b")


_SPEECH = re.compile(r"\b(?:said|says|told|added|asked)\b", re.IGNORECASE)
_GLUED = re.compile(r"\n\s*[“\"]")


def _narration(q: _Q) -> bool:
    """Text caught as a quote that is the outlet's narration: it names its own speaker
    with a speech verb ("Kafoury's son, Charlie, said after the hearing"), or runs over a
    paragraph into the next quote ("… this evening.\n“The fire has …")."""
    if _GLUED.search(q.quote.text):
        return True
    surname = name_tokens(q.speaker.name)[-1:] if q.speaker is not None else []
    return bool(surname and surname[0] in set(name_tokens(q.quote.text))
                and _SPEECH.search(q.quote.text))


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MINOR = wordset("a an the of to in on at for and or but by with as from out up vs")


def _titled(text: str) -> bool:
    """Quoted text written in title case ("Take Me Out to the Ball Game", "Million Dollar
    Mermaid Dies Aged 91"): the name of a work or a headline, not someone's words."""
    words = [w for w in _TITLE_WORD.findall(text) if w.lower() not in _MINOR]
    return (len(words) >= 2 and all(w[0].isupper() for w in words)
            and not all(w.isupper() for w in words))  # a shout ("NO MORE") is words


def _two_wordings(a: list[_Q], b: list[_Q], o: ReconcileOptions) -> bool:
    """Are two groups of quoted text different wordings of one statement by different
    outlets? Not when one article gives both (then they are two statements), nor when they
    are excerpts of one statement cut in different places."""
    if {q.doc.outlet for q in a} == {q.doc.outlet for q in b}:
        return False
    if {q.doc.id for q in a} & {q.doc.id for q in b}:
        return False
    qa, qb = a[0], b[0]
    if fuzz.ratio(qa.norm, qb.norm) >= 100 or _similarity(qa.prep, qb.prep) < \
            o.direct_quote_similarity:
        return False
    if _joined_elsewhere(qa, qb, o) or _joined_elsewhere(qb, qa, o):
        return False
    if _other_content(qa.prep, qb.prep):
        return False
    return not one_statement(qa.quote.text, qb.quote.text)


def _other_content(a: _Prepared, b: _Prepared) -> bool:
    """One frame, other things said: "We will not raise taxes this year" / "We will not
    close the hospital this year" are alike in characters, but each says two content words
    or more the other does not, and they share fewer than that: two statements. A
    rewording keeps most of its content ("a sad day" / "a sad time"; "the Persian Gulf is
    not very deep" / "… not deep enough"). Of a quote that runs on, the part closest to the
    other is compared."""
    pairs = [(x, y) for x in a.segments or ((a.norm, a.words),)
             for y in b.segments or ((b.norm, b.words),)]
    (_, wa), (_, wb) = max(pairs, key=lambda p: _direct_similarity(p[0][0], p[1][0],
                                                                   p[0][1], p[1][1]))
    own_a, own_b = len(wa - wb), len(wb - wa)
    return min(own_a, own_b) >= 2 and len(wa & wb) < min(own_a, own_b)


def _joined_elsewhere(joined: _Q, other: _Q, o: ReconcileOptions) -> bool:
    """Pieces joined at an ellipsis ("the embodiment of beauty … captured the imagination")
    none of which rewords the other quote: each is an excerpt of it or of another statement
    (or another speaker's words), so the two are no wordings of one statement."""
    pieces = [p for p in _ELLIPSIS_SPLIT.split(joined.quote.text) if p.strip()]
    if len(pieces) < 2:
        return False
    other_key = f" {wording_key(other.quote.text)} "
    for piece in pieces:
        key = wording_key(piece)
        if key and f" {key} " not in other_key and _similarity(
                _prepare(piece, "direct"), other.prep) >= o.direct_quote_similarity:
            return False  # this piece rewords the other quote
    return True


_ELLIPSIS_SPLIT = re.compile(r"…|\.\s?\.\s?\.")


def _several_statements(differing: list[str], wordings: dict[str, list[_Q]]) -> bool:
    """One article gives two of the differing wordings: it quotes two statements (a slogan
    and the rival slogan it answers, remarks of several occasions), so the group mixes
    statements and which of them another outlet's wording renders cannot be told."""
    seen: set[str] = set()
    for w in differing:
        docs = {q.doc.id for q in wordings[w]}
        if docs & seen:
            return True
        seen |= docs
    return False


def _one_name(a: str, b: str) -> bool:
    """One name is part of the other ("Boone Isaacs" of "Cheryl Boone Isaacs"), or both
    name one organisation ("Ministry of Finance", "the finance ministry")."""
    ta, tb = set(name_tokens(a)) - _ORG_FILLER, set(name_tokens(b)) - _ORG_FILLER
    return bool(ta and tb) and (ta <= tb or tb <= ta)


_ORG_FILLER = wordset("the of for and a an")


def _quote_cites(q: _Q) -> list[Citation]:
    """Every sentence a quote spans (a quote may run over several)."""
    an = q.doc.analysis
    first = q.quote.sentence
    last = an.sentence_at(max(q.quote.start, q.quote.end - 1)) if an.sentences else first
    cites = [q.doc.cite(i) for i in range(first, max(first, last) + 1)]
    return [c for c in cites if c.sentence]


def _build(group: list[_Q], qid: str, o: ReconcileOptions
           ) -> tuple[AlignedQuote, list[Discrepancy]]:
    group.sort(key=lambda q: (q.doc.order, q.quote.start))
    speakers = [q.speaker for q in group if q.speaker is not None]
    speaker = speakers[0] if speakers else None
    # An article's speaker the story's people left out (a place: people/lone_names) is
    # shown by the mention next to the cue ("he"), not by that name.
    # (a name written next to a cue before a pronoun: "Gov. Han Seung-woo" over "he")
    texts = [q.quote.speaker_text for q in group if _names_someone(q.quote.speaker_text)]
    name = speaker.name if speaker else next(
        (t for t in texts if (t or "").strip().lower() not in _PRONOUNS),
        texts[0] if texts else None)
    variants = [
        QuoteVariant(
            text=q.quote.text.strip(),
            kind=q.quote.kind,
            outlet=q.doc.outlet,
            speaker_text=q.quote.speaker_text or q.quote.speaker,
            cue=q.quote.cue,
            citations=_quote_cites(q),
        )
        for q in group
    ]
    outlets = list(dict.fromkeys(q.doc.outlet for q in group))
    discs: list[Discrepancy] = []
    # Different direct wordings, neither an excerpt of the other, from different outlets.
    direct = [q for q in group if q.quote.kind == "direct" and not q.fragment
              and not _narration(q) and not _titled(q.quote.text)]
    # Wordings compared on keys that fold an editor's insertions, apostrophes, ordinals and
    # spellings: "population's" and "populations'" are one wording.
    wordings: dict[str, list[_Q]] = {}
    # ("Internet Explorer" in one wording, "IE" in another: one wording)
    initials = acronyms_of([q.quote.text for q in direct])
    for q in direct:
        wordings.setdefault(wording_key(fold_acronyms(q.quote.text, initials)) or q.norm,
                            []).append(q)
    distinct = [w for w in wordings if not any(w != o and f" {w} " in f" {o} " for o in wordings)]
    differing = [w for w in distinct if any(_two_wordings(wordings[w], wordings[other], o)
                                            for other in distinct if other != w)]
    if _several_statements(differing, wordings):
        differing = []
    values: list[DiscrepancyValue] = []
    for i, shown in _one_statement([wordings[w][0] for w in differing], o):
        cites = [c for q in wordings[differing[i]] for c in _quote_cites(q)]
        # one wording's cut of another's words is that wording (its citations join it)
        kept = next((v for v in values if _excerpt(_wording(v.value), _wording(shown))), None)
        if kept is None:
            values.append(DiscrepancyValue(shown, cites))
        else:
            kept.citations.extend(c for c in cites if c not in kept.citations)
    # Wordings that differ only in glue words, order or cuts are shown, not flagged.
    variance = len(values) >= 2 and any(
        material_rewording(x.value, y.value) for i, x in enumerate(values)
        for y in values[i + 1:])
    if variance:
        about = f"{name}{_WORDS}" if name else _ANY_WORDING
        discs.append(Discrepancy(
            kind="quote",
            about=about,
            values=values,
            note=f"The outlets quote {name or 'the speaker'} in different words; "
                 "at most one wording is verbatim.",
        ))
    discs.extend(_attribution(group, o))
    quote = AlignedQuote(
        id=qid,
        speaker=name,
        speaker_id=speaker.id if speaker else None,
        variants=variants,
        outlets=outlets,
        kinds=sorted({q.quote.kind for q in group}),
        variance=variance,
    )
    return quote, discs
