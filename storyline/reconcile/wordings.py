"""When two quoted wordings are really one: the comparison keys of quote wordings.

Outlets copy a statement with small marks of their own that do not change its words: an
editor's insertion in brackets ("respect to her [the actress] and her family"), a possessive
apostrophe typed in another place ("population's" / "populations'"), an ordinal in words or
digits ("eleventh-hour" / "11th hour"), a British or American spelling, the outlet's own
attribution run into the quote (", the two men said in a statement."). They also cut one
statement in different places: one outlet's excerpt ends where the other's begins
("With smart policies, we can grow our economy" / "we can grow our economy … and preserve
the environment"), or an excerpt marks its cuts with an ellipsis. None of these are
different wordings; ``wording_key`` folds the marks away and ``one_statement`` tells
excerpts of one statement apart from rewordings. Of two rewordings, ``material_rewording``
tells whether they say something differently (a word of content, a modal, a negation, an
intensifier changed, or clauses put in another order) or differ only in glue words ("so",
"the"), a word moved, or a clause one outlet cut from inside: only the first is flagged.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from .text import normalize, stem

# British and American spellings of one word ("realised"/"realized", "labour"/"labor")
# are one wording; both sides are folded alike, so a word caught by mistake stays equal.
_ISE = re.compile(r"\b(\w{2,})is(e|ed|es|ing|ation|ations)\b")
_OUR = re.compile(r"\b(\w{3,})our(s?|hoods?|ites?|able|ed|ing)\b")
_DECIMAL = re.compile(r"(\d)\.(\d)")
_TRE = re.compile(r"\b(\w{2,})tre(s?)\b")  # "kilometres" / "kilometers", "centre" / "center"

# A clock time in any notation ("6 p.m.", "6:00 p.m.", "18:00", "0241 GMT") is one time:
# as HHMM, its zone abbreviation dropped (a notation of the same moment).
_MERIDIEM = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?\s*m\b\.?", re.IGNORECASE)
_COLON_TIME = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b")
_ZONE = re.compile(r"\b(\d{4})\s*(?:GMT|UTC|[ECMP][SD]T|BST|CET)\b")

# An editor's insertion inside a quote: "[the Endangered Species Act]", "(Tara Reid)".
_INSERTION = re.compile(r"\s*[\[(][^\[\]()]{1,80}[\])]\s*")
# The outlet's attribution run on at the end of a quote whose closing mark was lost:
# ", the two men said in a statement." — a comma, up to five words and a speech verb.
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:[\w’'.-]+\s+){1,5}(?:said|says|added|stated|wrote|told\s+[\w’'.-]+)"
    r"(?:\s+(?:in|on|at)\s+(?:a|an|the)\s+\w+)?\s*\.?\s*$", re.IGNORECASE)
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")

# Contractions written out or not ("we've got" / "we have got", "can't" / "cannot") are
# one wording. Only unambiguous ones: "'s" (is, has or a possessive) and "'d" (had or
# would) are left alone.
_CONTRACTIONS = (
    (re.compile(r"\bcan['’]t\b|\bcannot\b", re.IGNORECASE), "can not"),
    (re.compile(r"\bwon['’]t\b", re.IGNORECASE), "will not"),
    (re.compile(r"\bshan['’]t\b", re.IGNORECASE), "shall not"),
    (re.compile(r"(\w)n['’]t\b", re.IGNORECASE), r"\1 not"),
    (re.compile(r"(\w)['’]ve\b", re.IGNORECASE), r"\1 have"),
    (re.compile(r"(\w)['’]re\b", re.IGNORECASE), r"\1 are"),
    (re.compile(r"(\w)['’]ll\b", re.IGNORECASE), r"\1 will"),
    (re.compile(r"\bI['’]m\b"), "I am"),
    (re.compile(r"\blet['’]s\b", re.IGNORECASE), "let us"),
)


def expand_contractions(text: str) -> str:
    """Unambiguous contractions written out ("we've" -> "we have", "isn't" -> "is not")."""
    for pattern, full in _CONTRACTIONS:
        text = pattern.sub(full, text)
    return text

_ORDINALS = {w: f"{i}th" for i, w in enumerate((
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"))}
_DIGIT_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")

# Excerpts of one statement overlap in at least this many words when one outlet's cut ends
# where the other's begins (fewer shared words could be a common phrase).
_OVERLAP_WORDS = 5


def spelling(text: str) -> str:
    """Normalised text with British and American spellings folded alike."""
    return _TRE.sub(r"\1ter\2", _OUR.sub(r"\1or\2", _ISE.sub(r"\1iz\2", normalize(text))))


def _token(word: str) -> str:
    word = _ORDINALS.get(word, word)
    m = _DIGIT_ORDINAL.match(word)
    return f"{m.group(1)}th" if m else stem(word)  # an ordinal, never its cardinal: "from
    # the first day" / "from day one" are two wordings


def _clock(m: re.Match[str]) -> str:
    hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
    return f"{hour:02d}{m.group(2) or '00'}"


def clock_notation(text: str) -> str:
    """Clock times written as HHMM, zone abbreviations after them dropped."""
    text = _MERIDIEM.sub(_clock, text)
    text = _COLON_TIME.sub(lambda m: f"{int(m.group(1)):02d}{m.group(2)}", text)
    return _ZONE.sub(r"\1", text)


# "knew that they were okay" / "knew they were OK": a complementiser said or left out, and
# one word in two spellings, are one wording.
_COMPLEMENTISER = re.compile(
    r"\b(know|knew|known|say|says|said|think|thinks|thought|believe|believed|feel|felt|hope|"
    r"sure|told|tell|mean|means|meant|show|shows|showed|clear|aware)\s+that\s+"
    r"(?=(?:i|we|you|he|she|it|they|there|this|these|those|the|a|an|our|my|his|her|their|"
    r"people|everyone)\b)", re.IGNORECASE)
_SAME_WORD = re.compile(r"\bokay\b", re.IGNORECASE)
_PERCENT = re.compile(r"\s*%|\s+per\s+cent\b|\s+pct\b", re.IGNORECASE)


_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,4}\b")


def fold_acronyms(text: str, acronyms: set[str]) -> str:
    """A name written out where another wording of the statement gives its initials
    ("Internet Explorer" / "IE"), as those initials: one wording, two styles."""
    def initials(m: re.Match[str]) -> str:
        short = "".join(w[0] for w in m.group(0).split())
        return short if short in acronyms else m.group(0)
    return _CAPITALISED_RUN.sub(initials, text) if acronyms else text


def acronyms_of(texts: list[str]) -> set[str]:
    """The initials written in capitals in any of the texts ("IE", "ECB")."""
    return {a for t in texts for a in _ACRONYM.findall(t)}


def wording_key(text: str) -> str:
    """The words of a quote as a comparison key: insertions, a trailing attribution,
    apostrophes, contractions, ordinal forms, clock notations, percent signs, plural and
    possessive endings, a complementiser "that" and spellings folded."""
    text = expand_contractions(clock_notation(_INSERTION.sub(" ", text)))
    text = _PERCENT.sub(" percent", text)  # "70%" / "70 per cent" / "70 percent": one word
    text = _DECIMAL.sub(r"\1point\2", text)  # "5.2" one word, not "5 2" ("2.5" is another)
    text = _TRAILING_ATTRIBUTION.sub("", text.strip())
    text = _SAME_WORD.sub("ok", _COMPLEMENTISER.sub(r"\1 ", text))
    return " ".join(_token(w) for w in spelling(text).split())


def _pieces(text: str) -> list[str]:
    return [k for k in (wording_key(p) for p in _ELLIPSIS.split(text)) if k]


def _contains(outer: str, inner: str) -> bool:
    return f" {inner} " in f" {outer} "


def _overlap(a: list[str], b: list[str]) -> int:
    """Words of ``a``'s end that are ``b``'s beginning, when what each adds is its own: the
    same clauses in another order ("we are not there yet, but we are closer" / "we are
    closer, but we are not yet there") are a rewording, not two cuts of one statement."""
    for n in range(min(len(a), len(b)), 0, -1):
        if a[-n:] == b[:n]:
            head, tail = set(a[:-n]), set(b[n:])
            if head and tail and len(head & tail) >= 0.5 * min(len(head), len(tail)):
                return 0
            return n
    return 0


def _in_order(pieces: list[str], whole: str) -> bool:
    at = 0
    padded = f" {whole} "
    for piece in pieces:
        found = padded.find(f" {piece} ", at)
        if found < 0:
            return False
        at = found + len(piece) + 1
    return True


_LEADING_PRONOUN = re.compile(
    r"\s*(?:it|this|that|these|those)\s*(?:['’]\s?s\b|\s(is|was|are|were)\b)", re.IGNORECASE)


def one_statement(a: str, b: str) -> bool:
    """Are two quoted texts excerpts of one statement rather than two wordings of it?

    One contains the other; or one's end is the other's beginning (over at least five
    words); or one marks its cuts with an ellipsis and each of its pieces stands, in order,
    in the other."""
    ka, kb = wording_key(a), wording_key(b)
    if not ka or not kb:
        return False
    if _contains(ka, kb) or _contains(kb, ka):
        return True
    # An excerpt that puts a pronoun for the subject the other quotes in full ("It's a
    # dream come true" / "… to be a small part of this is a dream come true").
    for x, y in ((a, kb), (b, ka)):
        lead = _LEADING_PRONOUN.match(x)
        if lead and _contains(y, wording_key((lead.group(1) or "is") + x[lead.end():])):
            return True
    wa, wb = ka.split(), kb.split()
    if max(_overlap(wa, wb), _overlap(wb, wa)) >= _OVERLAP_WORDS:
        return True
    for text, other in ((a, kb), (b, ka)):
        pieces = _pieces(text)
        if len(pieces) > 1 and _in_order(pieces, other):
            return True
    # Cut on both sides and at an ellipsis: the joined pieces overlap the other's end.
    ja = " ".join(_pieces(a)).split()
    jb = " ".join(_pieces(b)).split()
    return max(_overlap(ja, jb), _overlap(jb, ja)) >= _OVERLAP_WORDS


# Words whose adding, dropping or swapping leaves what was said as it was: articles,
# demonstratives, conjunctions, possessives and prepositions ("so any future cuts" / "any
# future cuts"; "the presidents" / "both presidents"). Negations, modals, intensifiers
# ("may well have"), pronouns, numbers and every content word are not among them: "we may
# not" / "maybe we won't" is a misquote.
_GLUE = frozenset(_token(w) for w in (
    "a", "an", "the", "this", "that", "these", "those", "and", "but", "so", "or", "yet",
    "then", "now", "also", "both", "each", "every", "all", "its", "their", "our", "his",
    "her", "it", "of", "to", "in", "on", "at", "for", "with", "as",
    # ("but it is a market that …" / "but a market that …")
    "is", "are",
    # (not "has", "have", "had": "not progressing the way we had wanted to" / "… the way we
    # wanted to" is a misquote by ECB+'s annotation, read on real text)
    # a sentence joined as a relative clause ("… of Muharraq. They want" / "… of Muharraq,
    # who want")
    "who", "which", "they"))


# Words cut from one place of a statement (more than a word or two) are an elided clause;
# a negation among them is not.
_ELIDED_CLAUSE = 4
_NEGATION = frozenset(_token(w) for w in ("not", "no", "never", "nothing", "none", "nor"))


_Op = tuple[str, int, int, int, int]


def _split_end_replaces(ops: list[_Op], na: int, nb: int) -> list[_Op]:
    """A replacement that opens (or closes) both wordings, longer on one side, as the
    words one outlet quotes beyond the other's start (or end) and a replacement of as many
    words as the shorter side has: "… the people of Hidd, who want" / "They want" is a
    start cut and "who" for "They"."""
    out: list[_Op] = []
    for op in ops:
        tag, i1, i2, j1, j2 = op
        la, lb = i2 - i1, j2 - j1
        if tag == "replace" and la != lb and i1 == 0 and j1 == 0:
            k = min(la, lb)
            out.append(("delete", 0, i2 - k, 0, 0) if la > lb else ("insert", 0, 0, 0, j2 - k))
            out.append(("replace", i2 - k, i2, j2 - k, j2))
        elif tag == "replace" and la != lb and i2 == na and j2 == nb:
            k = min(la, lb)
            out.append(("replace", i1, i1 + k, j1, j1 + k))
            out.append(("delete", i1 + k, na, nb, nb) if la > lb
                       else ("insert", na, na, j1 + k, nb))
        else:
            out.append(op)
    return out


def _changed_words(ka: list[str], kb: list[str]) -> list[str]:
    """The words one wording has and the other lacks, words only moved cancelled. What one
    outlet quotes beyond the other's ends words nothing differently, unless each has words
    the other lacks at opposite ends ("This ruling confirms that …" / "… and this decision
    confirms it"): the same clauses put in another order. Nor does a clause one outlet cut
    from inside the statement without an ellipsis ("We are reviewing the decision and will
    work with …" / "We will work with …"), when that is all that differs. Clauses put in
    another order are another wording (a word moved is not: "Tonight this city chose …" /
    "This city chose … tonight")."""
    ops = _split_end_replaces(
        [op for op in SequenceMatcher(a=ka, b=kb, autojunk=False).get_opcodes()
         if op[0] != "equal"], len(ka), len(kb))
    if ops and len({op[0] for op in ops}) == 1 and ops[0][0] in ("insert", "delete"):
        ops = [op for op in ops if max(op[2] - op[1], op[4] - op[3]) < _ELIDED_CLAUSE
               or _NEGATION & {*ka[op[1]:op[2]], *kb[op[3]:op[4]]}]
    lead = ops[0] if ops and ops[0][0] in ("insert", "delete") \
        and ops[0][1] == 0 and ops[0][3] == 0 else None
    trail = ops[-1] if ops and ops[-1][0] in ("insert", "delete") \
        and ops[-1][2] == len(ka) and ops[-1][4] == len(kb) else None
    if not (lead and trail and lead[0] != trail[0]):
        ops = [op for op in ops if op is not lead and op is not trail]
    gone = Counter(w for _, i1, i2, _, _ in ops for w in ka[i1:i2])
    added = Counter(w for _, _, _, j1, j2 in ops for w in kb[j1:j2])
    if any(op[2] - op[1] >= _ELIDED_CLAUSE for op in ops) and any(
            op[4] - op[3] >= _ELIDED_CLAUSE for op in ops):
        return list((gone + added).elements())  # a clause moved: a word moved is glue
    return list(((gone - added) + (added - gone)).elements())


# A sentence of one wording renders one of the other's when they share this share of the
# shorter's content words; below it, the two are different sentences of a longer statement.
_SAME_SENTENCE_SHARE = 0.5
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")


def material_rewording(a: str, b: str) -> bool:
    """Do two wordings of one statement differ in what they say, not only in glue words,
    word order or where each excerpt starts and ends? Of quotes of several sentences, only
    sentences that render one another count: "It felt like a minute. The walls were
    cracking" / "… It felt like a minute. I grabbed my children and ran." quote different
    sentences beside one told alike."""
    sa, sb = _SENTENCE_END.split(a.strip()), _SENTENCE_END.split(b.strip())
    if len(sa) == len(sb) == 1:
        return _material(a, b)
    keys_b = [set(wording_key(y).split()) - _GLUE for y in sb]
    for x in sa:
        kx = set(wording_key(x).split()) - _GLUE
        for y, ky in zip(sb, keys_b, strict=True):
            if kx and ky and len(kx & ky) >= _SAME_SENTENCE_SHARE * min(len(kx), len(ky)) \
                    and _material(x, y):
                return True
    return False


def _material(a: str, b: str) -> bool:
    changed = _changed_words(wording_key(a).split(), wording_key(b).split())
    return any(w not in _GLUE for w in changed)
