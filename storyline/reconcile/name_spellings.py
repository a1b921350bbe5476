"""Names spelt two ways that ``people`` cannot see: a given name alone, a nickname, initials.

A person named by given name alone, spelt otherwise than in another outlet's full name.

"His sister, Mahnefah Gray, 19, …" in one report and "Gray's sister Mahnefeh was among
those arrested" in another: the one-word name joins no full name (``people`` joins lone
surnames, not given names), so no spelling conflict is seen. A lone given name is the
given name of a full name of another independent outlet when its own sentence also names
that full name's surname ("Gray's sister Mahnefeh") and the two given names are one name
spelt two ways (``people.spelling_conflict``, same initial, lengths within one letter):
a ``name`` discrepancy.

A nickname told two ways is the same kind of slip: "known by the street moniker of Sepe" /
"known by the nickname "Sepy"" (``nickname_variants``: the name after "nicknamed",
"known as", "known by the nickname/moniker/name (of)", "alias", "a.k.a."; two spellings of
one name as above, from independent outlets, neither article writing the other's).

A place, a people or a body named in one word, spelt two ways ("the town of Dargahan" /
"in the Dargehan area", "Hormozgan" / "Hormouzgan province"): ``proper_name_variants``
pairs one-word names that NER tags a place, a nationality or an organisation in two
independent outlets, one letter apart inside the word (two from nine letters; the same
first two and last two letters: "Democrats" / "Democratic", "Somalis" / "Somalia" are
derived words), when no article writes both, neither is a person's name in the story or a
word it writes in lower case, not two national spellings ("Organisation" / "Organization"),
and not both are places the gazetteer knows (two towns: "Granada" / "Grenada").

A firm's initials in another order ("C&G Accounting" / "a staff accountant for G&C") are
one name garbled (``initials_variants``: letters joined by "&", the same letters in a
different order, from independent outlets, neither article writing the other's).

Not a conflict: a short or familiar form ("Dave" for "David Gray", "Bill" for "William"),
given names that differ only at the end (a relative's: "Mario" / "Maria Rossi"),
a given name the story also writes exactly in some full name with that surname (two
relatives, "Mario" and "Maria Rossi"), an article that writes both spellings, and a lone
name that could belong to two full names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from storyline import gazetteer
from storyline.records import Person

from .evidence import Doc, dedupe_citations, outlet_pairs
from .model import Citation, Discrepancy, DiscrepancyValue, MergedPerson, told_by_several
from .people import name_tokens, spelling_conflict
from .text import fold
from .word_slots import national_spelling

_NICKNAME = re.compile(
    r"\b(?:nicknamed|dubbed|alias|a\.k\.a\.?|aka|known\s+as|known\s+by\s+(?:the\s+)?"
    r"(?:street\s+)?(?:nickname|moniker|name)(?:\s+of)?|(?:street\s+)?(?:nickname|moniker))"
    r"[\s,:]*[\"“'‘]*\s*(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)")
_MIN_LETTERS = 4  # shorter given names are too often short forms ("Jon", "Ed")
_CITES = 2  # citations per spelling and article


@dataclass(frozen=True)
class _Named:
    merged: MergedPerson
    doc: Doc
    person: Person
    tokens: tuple[str, ...]


def _members(docs: list[Doc], people: list[MergedPerson]) -> list[_Named]:
    by_id = {d.id: d for d in docs}
    records = {(d.id, p.name): p for d in docs for p in d.analysis.people}
    out = []
    for merged in people:
        if merged.kind != "person":
            continue
        for key in merged.members:
            doc, person = by_id.get(key.article_id), records.get((key.article_id, key.name))
            if doc is None or person is None or not doc.independent:
                continue
            tokens = tuple(t for t in name_tokens(person.name) if len(t) > 1)
            if tokens:
                out.append(_Named(merged, doc, person, tokens))
    return out


def _spelt_two_ways(a: str, b: str) -> bool:
    return (a != b and a[0] == b[0] and abs(len(a) - len(b)) <= 1
            and min(len(a), len(b)) >= _MIN_LETTERS and spelling_conflict(a, b))


def _gendered(a: str, b: str) -> bool:
    """Two given names that differ only at the end ("Mario"/"Maria", "Paul"/"Paula",
    "Louis"/"Louise") are usually two relatives' names, not one name spelt two ways."""
    return a[:-1] == b[:-1] or a.startswith(b) or b.startswith(a)


def _writes(doc: Doc, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", doc.folded_text) is not None


def _cites(named: _Named) -> list[Citation]:
    """The sentences that write the given name (not the surname alone)."""
    given = named.tokens[0]
    sentences = sorted({m.sentence for m in named.person.mentions
                        if given in name_tokens(m.text)})[:_CITES]
    return [named.doc.cite(s) for s in sentences]


def _sentences(named: _Named) -> list[str]:
    return [fold(named.doc.sentence_text(i)) for i in sorted({m.sentence
                                                               for m in named.person.mentions})]


def _same_tie(lone: _Named, full: _Named) -> bool:
    """A lone given name owned by the surname ("Gray's cousin Tino", "Gray's lawyer, Tino")
    is someone tied to that family: the full name is the same person only when its own
    sentences tell the same tie ("His sister, Mahnefah Gray" / "Gray's sister Mahnefeh")."""
    surname, given = re.escape(full.tokens[-1]), re.escape(lone.tokens[0])
    ties = {m.group(1) for text in _sentences(lone) for m in re.finditer(
        rf"\b{surname}'s\s+(?:[a-z-]+\s+){{0,2}}?([a-z-]+),?\s+{given}\b", text)}
    if not ties:
        return True
    said = {w for text in _sentences(full) for w in re.findall(r"[a-z-]+", text)}
    return bool(ties & said)


def given_name_variants(docs: list[Doc], people: list[MergedPerson]) -> list[Discrepancy]:
    """Lone given names spelt otherwise than the full name of the same person elsewhere."""
    members = _members(docs, people)
    fulls = [n for n in members if len(n.tokens) >= 2 and n.person.kind == "person"]
    with_full = {n.merged.id for n in fulls}
    found: dict[str, dict[str, list[Citation]]] = defaultdict(dict)
    shown: dict[str, MergedPerson] = {}
    for lone in members:
        if (len(lone.tokens) != 1 or lone.person.kind != "person"
                or lone.merged.id in with_full):
            continue
        given = lone.tokens[0]
        words: set[str] = set()
        for m in lone.person.mentions:
            words |= set(re.findall(r"[a-z]+", fold(lone.doc.sentence_text(m.sentence))))
        surnamed = [f for f in fulls if f.tokens[-1] in words and f.tokens[-1] != given]
        if any(f.tokens[0] == given for f in surnamed):
            continue  # the story writes this given name with that surname too
        matches = [f for f in surnamed if f.doc.outlet != lone.doc.outlet
                   and _spelt_two_ways(given, f.tokens[0])
                   and not _gendered(given, f.tokens[0])
                   and not _writes(lone.doc, f.tokens[0]) and not _writes(f.doc, given)
                   and _same_tie(lone, f)]
        if len({f.merged.id for f in matches}) != 1:
            continue
        target = matches[0].merged
        shown[target.id] = target
        spellings = found[target.id]
        for f in matches:
            spellings.setdefault(target.name, []).extend(_cites(f))
        spellings.setdefault(lone.person.name.strip(), []).extend(_cites(lone))
    out = []
    for pid, spellings in found.items():
        values = [DiscrepancyValue(name, dedupe_citations(c)) for name, c in spellings.items()]
        if not told_by_several(values):
            continue
        name = shown[pid].name
        out.append(Discrepancy(
            kind="name",
            about=name,
            values=values,
            note=f"Outlets spell the given name of {name} differently; one names the "
                 "person by given name alone.",
        ))
    return out


# A vessel's name, told after what it is ("a dhow … identified as Salahuddin", "a 10-metre
# dhow, is named the Salahaddin"): a one-word name spelt two ways is the same slip.
_VESSEL_NAME = re.compile(
    r"\b(?:dhow|boat|ship|vessel|tanker|freighter|trawler|yacht|ferry|tug|barge|skiff)\b"
    r"[^.;]{0,30}?\b(?:named|called|identified\s+as|christened)\s+(?:the\s+)?"
    r"[\"“'‘]?(?P<name>[A-Z][a-z'’-]{3,})\b(?!\s+[A-Z])")


def _nicknames(doc: Doc) -> list[tuple[str, int]]:
    out = []
    for index in doc.content:
        text = doc.sentence_text(index)
        for m in (*_NICKNAME.finditer(text), *_VESSEL_NAME.finditer(text)):
            out.append((m.group("name").strip(" '’-"), index))
    return out


def nickname_variants(docs: list[Doc]) -> list[Discrepancy]:
    """One nickname spelt two ways by independent outlets ("Sepe" / "Sepy")."""
    told: dict[str, list[tuple[Doc, str, int]]] = defaultdict(list)
    for doc in docs:
        if doc.independent:
            for name, index in _nicknames(doc):
                told[fold(name)].append((doc, name, index))
    out = []
    names = sorted(told)
    paired: set[str] = set()
    for n, a in enumerate(names):
        for b in names[n + 1:]:
            if a in paired or b in paired or " " in a or " " in b:
                continue
            if not _spelt_two_ways(a, b):
                continue
            if any(_writes(d, b) for d, _, _ in told[a]) or any(
                    _writes(d, a) for d, _, _ in told[b]):
                continue
            report = _name_report(
                {told[k][0][1]: [d.cite(i) for d, _, i in told[k]] for k in (a, b)},
                "the name", "Outlets spell this name (a nickname or a vessel's) differently.")
            if report is not None:
                paired |= {a, b}
                out.append(report)
    return out


_INITIALS = re.compile(r"(?<![\w&])[A-Z]{1,2}(?:\s?&\s?[A-Z]{1,2})+(?![\w&])")


def initials_variants(docs: list[Doc]) -> list[Discrepancy]:
    """Initials joined by "&" given in another order by another outlet ("C&G" / "G&C")."""
    told: dict[str, list[tuple[Doc, str, int]]] = defaultdict(list)
    for doc in docs:
        if doc.independent:
            for index in doc.content:
                for m in _INITIALS.finditer(doc.sentence_text(index)):
                    told[re.sub(r"\s", "", m.group(0))].append((doc, m.group(0), index))
    out = []
    names = sorted(told)
    for n, a in enumerate(names):
        for b in names[n + 1:]:
            if sorted(a) != sorted(b):
                continue
            if any(b in d.article.text.replace(" ", "") for d, _, _ in told[a]) or any(
                    a in d.article.text.replace(" ", "") for d, _, _ in told[b]):
                continue
            report = _name_report(
                {told[k][0][1]: [d.cite(i) for d, _, i in told[k]] for k in (a, b)},
                "the initials", "Outlets give these initials in a different order.")
            if report is not None:
                out.append(report)
    return out


# NER labels of a place, a people or a body: names ``people`` does not merge across outlets.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
_PROPER_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*")
_MIN_PROPER_LETTERS = 5  # shorter names ("Iran"/"Iraq", "Kyiv"/"Kiev") are often two names
_LONG_PROPER = 9  # from this length a name may be two letters off ("Hormozgan"/"Hormouzgan")
_FIXED_ENDS = 2  # letters at each end a slip leaves alone (else a derived word: "Somalis")


def _proper_words(doc: Doc) -> dict[str, list[int]]:
    """One-word parts of the article's place, people and organisation names (by NER), with
    the content sentences that write them."""
    content = set(doc.content)
    words: dict[str, list[int]] = defaultdict(list)
    for e in doc.analysis.entities:
        if e.label in _PLACE_LABELS and e.sentence in content:
            for word in _PROPER_WORD.findall(e.text):
                if len(word.replace("-", "")) >= _MIN_PROPER_LETTERS and (
                        e.sentence not in words[word]):
                    words[word].append(e.sentence)
    return words


def _one_slip(a: str, b: str) -> bool:
    """Two folded words that are one name spelt two ways: a letter or two off inside it."""
    a, b = a.replace("-", ""), b.replace("-", "")
    if a[:_FIXED_ENDS] != b[:_FIXED_ENDS] or a[-_FIXED_ENDS:] != b[-_FIXED_ENDS:]:
        return False
    if national_spelling(a) == national_spelling(b):
        return False
    return Levenshtein.distance(a, b) <= (2 if min(len(a), len(b)) >= _LONG_PROPER else 1)


def proper_name_variants(docs: list[Doc], people: list[MergedPerson]) -> list[Discrepancy]:
    """A one-word name of a place, a people or a body spelt two ways by two outlets."""
    excluded = {t for m in people if m.kind == "person" for t in name_tokens(m.name)}
    excluded |= {t for d in docs for p in d.analysis.people if p.kind == "person"
                 for t in name_tokens(p.name)}
    excluded |= {w for d in docs for w in re.findall(r"\b[a-z][a-z-]+\b", d.article.text)}
    excluded |= {w for d in docs for w in re.findall(r"[a-z]+", fold(d.outlet))}
    # Each article's words, folded once and keyed by their ends: a slip leaves both ends
    # alone (``_one_slip``), so only words of one key are compared.
    named: dict[str, list[tuple[str, str, list[int]]]] = {}
    keyed: dict[str, dict[str, list[tuple[str, str, list[int]]]]] = {}
    for d in docs:
        named[d.id] = [(word, fold(word), sentences)
                       for word, sentences in _proper_words(d).items()
                       if fold(word) not in excluded]
        keyed[d.id] = defaultdict(list)
        for item in named[d.id]:
            keyed[d.id][_ends(item[1])].append(item)
    told: dict[tuple[str, str], dict[str, list[Citation]]] = {}
    for da, db in outlet_pairs(docs):
        other = keyed[db.id]
        for a, fa, at in named[da.id]:
            for b, fb, bt in other.get(_ends(fa), ()):
                if not _one_slip(fa, fb) or any(
                        _writes(d, fa) and _writes(d, fb) for d in docs):
                    continue
                if gazetteer.is_known(a) and gazetteer.is_known(b):
                    continue  # two places of those names
                spellings = told.setdefault((min(fa, fb), max(fa, fb)), {})
                for doc, word, sentences in ((da, a, at), (db, b, bt)):
                    spellings.setdefault(word, []).extend(
                        doc.cite(i) for i in sentences[:_CITES])
    paired = Counter(w for key in told for w in key)
    out = []
    for key, spellings in told.items():
        if paired[key[0]] > 1 or paired[key[1]] > 1:
            continue  # a word close to two others: which is the slip is not clear
        report = _name_report(spellings, "the name",
                              "Outlets spell this name (a place, a people or a body) "
                              "differently.")
        if report is not None:
            out.append(report)
    return out


def _ends(folded: str) -> str:
    plain = folded.replace("-", "")
    return plain[:_FIXED_ENDS] + "|" + plain[-_FIXED_ENDS:]


def _name_report(spellings: dict[str, list[Citation]], what: str,
                 note: str) -> Discrepancy | None:
    """A ``name`` report of the spellings (each with the sentences giving it), about the
    first one, when two or more outlets tell them; else None."""
    values = [DiscrepancyValue(word, dedupe_citations(c)) for word, c in spellings.items()]
    if not told_by_several(values):
        return None
    return Discrepancy(kind="name", about=f"{what} {values[0].value}", values=values,
                       note=note)
