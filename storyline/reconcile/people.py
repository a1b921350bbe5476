"""People and organisations merged across a story's articles, and their name conflicts.

Two Person records are the same person when their normalised names are equal; when one is
a surname (or a family name written first) of exactly one full name; or when both are full
names with compatible first names and similar surnames (rapidfuzz), the bar being lower
when their roles or the people around them agree. Two different first names with the same
surname are merged only on role evidence. The canonical spelling is the one most
independent outlets use; different full spellings become a ``name`` discrepancy.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from storyline.records import Person, Role

from .evidence import Doc, UnionFind, dedupe_citations
from .lone_names import not_a_person, not_an_organisation
from .model import (
    Citation,
    Discrepancy,
    DiscrepancyValue,
    MergedPerson,
    NameVariant,
    PersonKey,
    RoleEvidence,
)
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .text import STOP_WORDS, fold, stem, wordset

log = logging.getLogger(__name__)

# Words that may precede a name without being part of it.
_TITLES = wordset(
    "mr mrs ms miss dr prof sir dame lord lady president vice premier minister secretary "
    "senator sen rep representative gov governor chancellor king queen prince princess pope "
    "general gen colonel col judge justice mayor chairman chairwoman chair ceo former "
    "prime deputy ambassador commissioner director chief leader"
)
_SUFFIXES = wordset("jr sr ii iii iv phd md esq")
# Words that carry no role meaning when comparing two roles.
_ROLE_NOISE = wordset(
    "us u.s. united states american china chinese british uk european eu former current "
    "acting then new top senior"
)
# Organisation words too generic to identify an organisation on their own.
_GENERIC_ORG = wordset(
    "the court bank ministry government department agency office council committee "
    "party group company university union administration house state media"
)
# Words an organisation's name gains or loses when its words are put in another order.
_ORDER_WORDS = wordset("of the for and on")
# Roles that relate a person to someone else rather than say what the person is.
_RELATIONAL = wordset(
    "widow widower wife husband son daughter mother father brother sister aunt uncle nephew "
    "niece cousin friend spouse girlfriend boyfriend fiancee fiance partner grandson "
    "granddaughter grandmother grandfather stepson stepdaughter child children parent"
)
# Words that make a name an organisation's, whatever the tagger said.
_ORG_WORDS = wordset(
    "inc corp corporation ltd llc plc co association institute foundation news times post "
    "network fund organization organisation commission authority press agency reuters "
    "ministry police army navy federation league club airlines airways motors holdings "
    "partners capital center centre school hospital service services"
)
_CITES_PER_ARTICLE = 2


@dataclass
class _Entry:
    doc: Doc
    person: Person
    tokens: list[str]
    roles: set[str]
    context: set[str] = field(default_factory=set)

    @property
    def full(self) -> bool:
        return len(self.tokens) >= 2


# Letters that accents cannot be stripped from, as English text writes them ("Weißgerber"
# is "Weissgerber"; "ł" is "l"): else a name would split at them.
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o",
                               "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                               "þ": "th", "Þ": "Th", "ð": "d", "ı": "i"})


def name_tokens(name: str) -> list[str]:
    """Folded name tokens without titles, possessives and punctuation."""
    name = re.sub(r"['’]s\b", "", name).translate(_UNDECOMPOSED)
    toks = re.findall(r"[a-z][a-z\-']*|[a-z]\.?", fold(name))
    toks = [t.strip(".'-") for t in toks]
    toks = [t for t in toks if t]
    while len(toks) > 1 and toks[0] in _TITLES:
        toks = toks[1:]
    # Generational suffixes and stray initials after the surname ("III", "Jr", "U. S.").
    while len(toks) > 2 and (toks[-1] in _SUFFIXES or len(toks[-1]) == 1):
        toks = toks[:-1]
    return toks


def spelling_key(name: str) -> str:
    """Two spellings with the same key differ only in case, accents, order or initials."""
    toks = [t for t in name_tokens(name) if len(t) > 1]
    return " ".join(sorted(toks))


# Stop words that name a service in a role ("fire chief" is no "police chief").
_ROLE_KEEP = frozenset({"fire"})


def role_words(text: str) -> set[str]:
    words = set(re.findall(r"[a-z]+", fold(re.sub(r"['’]s\b", "", text))))
    return {w for w in words if (w not in STOP_WORDS or w in _ROLE_KEEP)
            and w not in _ROLE_NOISE and len(w) > 2}


def _name_sim(a: str, b: str) -> float:
    return max(fuzz.ratio(a, b) / 100, JaroWinkler.similarity(a, b))


def _first_compatible(a: str, b: str, o: ReconcileOptions) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return _name_sim(a, b) >= o.first_name_similarity


def _roles_agree(a: _Entry, b: _Entry) -> bool:
    return bool(a.roles & b.roles)


def _roles_match(a: _Entry, b: _Entry, o: ReconcileOptions) -> bool:
    """Strong role evidence: mostly the same role words."""
    if not a.roles or not b.roles:
        return False
    return len(a.roles & b.roles) / len(a.roles | b.roles) >= o.role_overlap


def _roles_conflict(a: _Entry, b: _Entry) -> bool:
    return bool(a.roles) and bool(b.roles) and not (a.roles & b.roles)


def _joined(tokens: list[str]) -> str:
    return "".join(tokens).replace("-", "").replace("'", "")


def _same_full(a: _Entry, b: _Entry, o: ReconcileOptions) -> bool:
    """Are two full-name entries (of different articles) the same person?"""
    if a.tokens == b.tokens or _joined(a.tokens) == _joined(b.tokens):  # "Peter-Capaldi"
        return True
    shorter, longer = sorted((a.tokens, b.tokens), key=len)
    if longer[-len(shorter):] == shorter:  # "Actress Tara Reid", "Tara Reid"
        return not _roles_conflict(a, b)
    if len(shorter) >= 2 and (longer[:len(shorter)] == shorter or (
            shorter[0] == longer[0] and len(longer) - len(shorter) <= 2
            and _in_order(shorter, longer))):
        # "Rodrigo Etcheverry Lagos", "Rodrigo Etcheverry": a second surname left out;
        # "Valeria Itzel Montaño Ruiz", "Valeria Montaño": a middle name too
        return not _roles_conflict(a, b)
    fa, la, fb, lb = a.tokens[0], a.tokens[-1], b.tokens[0], b.tokens[-1]
    if la == lb:
        if _first_compatible(fa, fb, o):
            return not _roles_conflict(a, b)
        return _roles_match(a, b, o)  # different first names: only on role evidence
    if not _first_compatible(fa, fb, o):
        return False
    sim = _name_sim(la, lb)
    if sim >= o.surname_similarity and not _roles_conflict(a, b):
        return True
    evidence = _roles_agree(a, b) or len(a.context & b.context) >= 1
    return sim >= o.surname_similarity_with_evidence and evidence and not _roles_conflict(a, b)


def _in_order(shorter: list[str], longer: list[str]) -> bool:
    """Are the shorter name's words all in the longer one, in the same order?"""
    rest = iter(longer)
    return all(any(t == w for w in rest) for t in shorter)


def acronym(tokens: list[str]) -> str:
    """Initials of the significant words: "world trade organization" -> "wto"."""
    words = [w for w in tokens if w not in STOP_WORDS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _same_org(a: _Entry, b: _Entry) -> bool:
    ta, tb = a.tokens, b.tokens
    if ta == tb:
        return True
    ja, jb = " ".join(ta), " ".join(tb)
    if fuzz.token_sort_ratio(ja, jb) >= 92:
        return True
    # One name in two word orders: "the commerce ministry" / "the Ministry of Commerce".
    content_a, content_b = set(ta) - _ORDER_WORDS, set(tb) - _ORDER_WORDS
    if len(content_a) >= 2 and content_a == content_b:
        return True
    shorter, longer = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    distinctive = [t for t in shorter if t not in _GENERIC_ORG]
    return bool(distinctive) and longer[: len(shorter)] == shorter


def _entries(docs: list[Doc]) -> list[_Entry]:
    out = []
    for doc in docs:
        persons_by_sentence: dict[int, set[str]] = defaultdict(set)
        for e in doc.analysis.entities:
            if e.label == "PERSON":
                persons_by_sentence[e.sentence].update(name_tokens(e.text))
        for p in doc.analysis.people:
            toks = name_tokens(p.name)
            if not toks:
                continue
            own = set(toks)
            context: set[str] = set()
            for m in p.mentions:
                context |= persons_by_sentence.get(m.sentence, set())
            roles: set[str] = set()
            for r in p.roles:
                words = role_words(r.text)
                if not words & _RELATIONAL:  # "widow of a deputy" is not being a deputy
                    roles |= words
            out.append(_Entry(doc, p, toks, roles, context - own))
    return out


def _person_like(e: _Entry) -> bool:
    """A person, or an "organisation" that is really a person's name the tagger missed."""
    if e.person.kind == "person":
        return True
    words = [w for w in e.person.name.split() if any(c.isalpha() for c in w)]
    return (
        1 <= len(e.tokens) <= 3
        and all(w[:1].isupper() for w in words)
        and not any(t in _GENERIC_ORG or t in _ORG_WORDS for t in e.tokens)
        and not e.person.name.isupper()  # acronyms are organisations
    )


def _told_apart(a: list[_Entry], b: list[_Entry]) -> bool:
    """Two groups holding different full names from one article: the NLP stage told them
    apart there, so they are different people (unless one name extends the other)."""
    for x in a:
        if not x.full:
            continue
        for y in b:
            if y.doc is x.doc and y.full and x.tokens != y.tokens:
                shorter, longer = sorted((x.tokens, y.tokens), key=len)
                if longer[-len(shorter):] != shorter:
                    return True
    return False


def _cluster(entries: list[_Entry], o: ReconcileOptions) -> list[list[_Entry]]:
    uf = UnionFind(len(entries))
    idx = list(range(len(entries)))
    people_full = [i for i in idx if entries[i].full and _person_like(entries[i])]
    orgs = [i for i in idx if entries[i].person.kind == "org"]
    members: dict[int, list[int]] = {i: [i] for i in idx}

    def join(i: int, j: int) -> None:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj or _told_apart([entries[k] for k in members[ri]],
                                   [entries[k] for k in members[rj]]):
            return
        uf.union(ri, rj)
        root = uf.find(ri)
        members[root] = members.pop(ri if root == rj else rj) + members.pop(root)

    for n, i in enumerate(people_full):
        for j in people_full[n + 1 :]:
            a, b = entries[i], entries[j]
            if a.person.kind != b.person.kind and a.tokens[0] != b.tokens[0]:
                continue  # across tagger labels, only with the same first name
            if _same_full(a, b, o):
                join(i, j)
    for n, i in enumerate(orgs):
        for j in orgs[n + 1 :]:
            if _same_org(entries[i], entries[j]):
                join(i, j)
    # An acronym ("WTO") joins its expansion when the story has only one.
    expansions: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for i in orgs:
        if acronym(entries[i].tokens):
            expansions[acronym(entries[i].tokens)].add(tuple(entries[i].tokens))
    for i in orgs:
        short = entries[i].tokens
        if len(short) == 1 and len(expansions.get(short[0], ())) == 1:
            for j in orgs:
                if acronym(entries[j].tokens) == short[0]:
                    join(i, j)
    # A generic one-word name ("the Bank", "the Committee") is the story's short form of
    # the one longer organisation named with that word ("Bank of England"); with two such
    # organisations it could be either, so it stays alone.
    for i in orgs:
        word = [t for t in entries[i].tokens if t != "the"]
        if len(word) != 1 or (word[0] not in _GENERIC_ORG and word[0] not in _ORG_WORDS):
            continue
        roots = {uf.find(j) for j in orgs if len(entries[j].tokens) > 1
                 and word[0] in (entries[j].tokens[0], entries[j].tokens[-1])}
        if len(roots) == 1:
            join(i, roots.pop())
    # Single names ("Keller", "Xi") join the one full name they can stand for.
    fulls = people_full
    singles = [i for i in idx if not entries[i].full and _person_like(entries[i])]
    for i in singles:
        tok = entries[i].tokens[0]
        roots = {uf.find(j) for j in fulls if entries[j].tokens[-1] == tok
                 or _joined(entries[j].tokens) == _joined([tok])}  # "Peter-Capaldi"
        if not roots:  # family name written first ("He Lifeng")
            roots = {uf.find(j) for j in fulls
                     if len(entries[j].tokens) == 2 and entries[j].tokens[0] == tok}
        same_doc = {uf.find(j) for j in fulls if entries[j].doc is entries[i].doc
                    and uf.find(j) in roots}
        if len(same_doc) == 1:
            roots = same_doc
        if len(roots) == 1:
            join(i, roots.pop())
    for n, i in enumerate(singles):  # lone surnames with no full name: exact matches
        for j in singles[n + 1 :]:
            a, b = entries[i], entries[j]
            if a.tokens == b.tokens and a.person.kind == b.person.kind and (
                    uf.find(i) == i and uf.find(j) == j):
                join(i, j)
    groups: dict[int, list[_Entry]] = defaultdict(list)
    for i in idx:
        groups[uf.find(i)].append(entries[i])
    return list(groups.values())


def _mention_cites(entry: _Entry, surname: str | None) -> list[Citation]:
    """Sentences where the entry is mentioned, preferring those spelling ``surname``."""
    sents: list[int] = []
    for m in entry.person.mentions:
        if surname is None or surname in name_tokens(m.text):
            sents.append(m.sentence)
    if not sents:
        sents = [m.sentence for m in entry.person.mentions] or [r.sentence for r in
                                                                entry.person.roles]
    uniq = sorted(set(sents))[:_CITES_PER_ARTICLE]
    return dedupe_citations(entry.doc.cite(s) for s in uniq)


def _merge(group: list[_Entry], pid: str) -> tuple[MergedPerson, Discrepancy | None]:
    # One tagger label "person" among the members makes the group a person.
    kind = "person" if any(e.person.kind == "person" for e in group) else "org"
    full = [e for e in group if e.full] or group
    by_key: dict[str, list[_Entry]] = defaultdict(list)
    for e in full:
        toks = e.tokens
        # "Actress Tara Reid" is "Tara Reid" with a descriptor, not another spelling.
        shorter = [o.tokens for o in full if len(o.tokens) < len(toks)
                   and toks[-len(o.tokens):] == o.tokens]
        if shorter:
            toks = min(shorter, key=len)
        by_key[spelling_key(" ".join(toks)) or " ".join(toks)].append(e)
    # Surname-only mentions count for the spelling whose surname they match.
    extra_mentions: dict[str, int] = defaultdict(int)
    for e in group:
        if e in full:
            continue
        best = max(by_key, key=lambda k: _name_sim(e.tokens[0], by_key[k][0].tokens[-1]))
        extra_mentions[best] += max(1, len(e.person.mentions))

    variants: list[tuple[NameVariant, int, int]] = []
    for key, entries in by_key.items():
        spellings = [e.person.name for e in entries]
        display = max(dict.fromkeys(spellings), key=lambda s: (spellings.count(s), len(s)))
        outlets = list(dict.fromkeys(e.doc.outlet for e in entries))
        indep = len({e.doc.outlet for e in entries if e.doc.independent})
        mentions = sum(max(1, len(e.person.mentions)) for e in entries) + extra_mentions[key]
        surname = entries[0].tokens[-1] if kind == "person" else None
        cites = [c for e in entries for c in _mention_cites(e, surname)]
        longest = max(len(e.doc.article.text) for e in entries)
        variants.append(
            (NameVariant(display, outlets, mentions, dedupe_citations(cites)), indep, longest)
        )
    # Most independent outlets, then most mentions, then the spelling of the fuller report.
    variants.sort(key=lambda v: (v[1], v[0].mentions, v[2]), reverse=True)
    canonical = variants[0][0].name
    if kind == "org":  # organisations: the fullest common form reads best
        top = [v for v in variants if (v[1], v[0].mentions) == (variants[0][1],
                                                                variants[0][0].mentions)]
        canonical = max(top, key=lambda v: len(v[0].name))[0].name
        if not canonical[:1].isupper():  # a proper name beats a description ("commerce ministry")
            proper = [v[0].name for v in variants if v[0].name[:1].isupper()]
            canonical = proper[0] if proper else canonical

    roles = _merge_roles(group)
    outlets = list(dict.fromkeys(e.doc.outlet for e in group))
    cites = []
    for e in group:
        cites.extend(_mention_cites(e, None)[:1])
    person = MergedPerson(
        id=pid,
        name=canonical,
        kind=kind,
        # The shown name first: "also spelled" lists the others.
        variants=sorted((v[0] for v in variants), key=lambda v: v.name != canonical),
        roles=roles,
        outlets=outlets,
        mentions=sum(max(1, len(e.person.mentions)) for e in group),
        members=[PersonKey(e.doc.id, e.person.name) for e in group],
        citations=dedupe_citations(cites),
    )
    return person, _name_discrepancy(person, variants)


# English short forms of first names that share no prefix with the full name.
_NICKNAMES = {frozenset(p.split("/")) for p in wordset(
    "bill/william billy/william will/william bob/robert bobby/robert rob/robert "
    "dick/richard rick/richard jim/james jimmy/james mike/michael tom/thomas joe/joseph "
    "ted/edward ed/edward ned/edward jack/john johnny/john harry/henry hank/henry "
    "chuck/charles charlie/charles larry/lawrence tony/anthony andy/andrew drew/andrew "
    "sam/samuel steve/stephen steve/steven dan/daniel danny/daniel ben/benjamin "
    "peggy/margaret maggie/margaret meg/margaret kate/katherine kate/catherine "
    "katie/kathryn katie/katherine kathy/katherine liz/elizabeth beth/elizabeth "
    "betty/elizabeth sue/susan jenny/jennifer jen/jennifer patty/patricia pat/patricia "
    "sandy/sandra nancy/ann nick/nicholas alex/alexander sasha/alexander"
)}


# British and American spellings of one word ("Advisers"/"Advisors", "Centre"/"Center",
# "Labour"/"Labor", "Organisation"/"Organization"): outlets write a firm's or a body's name
# in their house style; the name is the same.
_HOUSE_STYLE = (
    (re.compile(r"(?<=advis)er(s?)$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{3}[^aeiou])re(s?)$"), r"er\1"),
    (re.compile(r"(?<=[a-z]{2})our(s?)$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{4})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3})ence$"), "ense"),
)


def house_style(token: str) -> str:
    """One spelling for a word's British and American forms."""
    for pattern, repl in _HOUSE_STYLE:
        token = pattern.sub(repl, token)
    return token


def _short_form(a: str, b: str) -> bool:
    """A first name of at most four letters that begins like a longer one ("Dave"/"David",
    "Ken"/"Kenneth"): a familiar short form. So is a name that keeps the first four letters
    or more of one at least three letters longer and ends in at most two of its own
    ("Alexis"/"Alexandros", "Kathy"/"Katherine"): a slip of the pen changes a letter or two,
    not a whole ending. Names of one length ("Eric"/"Erik") and pairs a letter or two apart
    ("Massoud"/"Masoud", "Vassilis"/"Vassilios") are spellings."""
    short, full = sorted((a, b), key=len)
    if len(short) <= 4 and len(full) > len(short) and full[:3] == short[:3]:
        return True
    pairs = zip(short, full[:len(short)], strict=True)
    shared = next((n for n, (x, y) in enumerate(pairs) if x != y), len(short))
    return shared >= 4 and len(full) - len(short) >= 3 and len(short) - shared <= 2


# Letters written out in English text ("ø" as "oe", "ü" as "ue", "ß" as "ss").
_WRITTEN_OUT = str.maketrans({"ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "å": "aa",
                              "Å": "Aa", "ä": "ae", "Ä": "Ae", "ö": "oe", "Ö": "Oe",
                              "ü": "ue", "Ü": "Ue", "ß": "ss"})


def _transliterated(name: str) -> str:
    return name.translate(_WRITTEN_OUT)


def spelling_conflict(a: str, b: str) -> bool:
    """Two full names that are the same name spelled differently ("Olsen"/"Olssen"), not
    a fuller form ("Mark Jay Heller"), a short form ("Sam"/"Samuel") or another name."""
    ta = [t for t in name_tokens(a) if len(t) > 1]
    tb = [t for t in name_tokens(b) if len(t) > 1]
    if not ta or not tb or set(ta) <= set(tb) or set(tb) <= set(ta):
        return False
    if ta[-1] == tb[-1] and (ta[0].startswith(tb[0]) or tb[0].startswith(ta[0])
                             or frozenset((ta[0], tb[0])) in _NICKNAMES
                             or _short_form(ta[0], tb[0])):
        return False  # "Sam"/"Samuel", "Bill"/"William" Ingle: one first name
    if [stem(t) for t in ta] == [stem(t) for t in tb]:  # "Marshal", "Marshals"
        return False
    if "".join(ta) == "".join(tb):  # "Del Giudice"/"DelGiudice": spacing, not spelling
        return False
    if name_tokens(_transliterated(a)) == name_tokens(_transliterated(b)):
        return False  # "Anne Louise Bøgh"/"Boegh", "Müller"/"Mueller": one name written out
    if [house_style(t) for t in ta] == [house_style(t) for t in tb]:
        return False  # "Gordon Advisers"/"Gordon Advisors": one name in two house styles
    if len(ta) == len(tb) and all(x == y or (min(len(x), len(y)) >= 2 and abs(
            len(x) - len(y)) >= 2 and (x.startswith(y) or y.startswith(x)))
            for x, y in zip(ta, tb, strict=True)):
        return False  # "Snyder Ave"/"Snyder Avenue": a short form ("Rait"/"Raite" is not)
    return fuzz.ratio(" ".join(ta), " ".join(tb)) >= 75


# A company's legal form, which outlets write or leave out as they please ("Ltd." /
# "Limited", "Corp."): not its name.
_LEGAL_FORMS = wordset("ltd limited inc incorporated corp corporation co company llc plc "
                       "the group holdings")
_ORG_SPELLING = 80  # rapidfuzz ratio of two firms' names, legal forms left out: one name


def people_of(x: str, y: str) -> bool:
    """A place's last word and its people's ("islands" / "islanders", "highland" /
    "highlanders")."""
    short, long = sorted((x.removesuffix("s"), y.removesuffix("s")), key=len)
    return long == short + "er"


def _spelt_otherwise(kind: str, a: str, b: str) -> bool:
    """A person's name spelt two ways (``spelling_conflict``); an organisation's, its legal
    form left out, only when both keep two words or more and stay close ("TallGrass
    Distribution Ltd." / "Tallgrass Distributors Ltd."): a body called two ways ("the
    finance ministry") or by a short name is no misspelling."""
    na, nb = name_tokens(a), name_tokens(b)
    if na and nb and na[:-1] == nb[:-1] and people_of(na[-1], nb[-1]):
        return False  # "Cook Islands" / "Cook Islanders": a place and its people
    if kind == "person":
        return spelling_conflict(a, b)
    ta = [t for t in na if t not in _LEGAL_FORMS]
    tb = [t for t in nb if t not in _LEGAL_FORMS]
    if len(ta) < 2 or len(tb) < 2 or any(t.isdigit() for t in ta + tb):
        return False
    if "".join(map(house_style, ta)).replace("-", "") == "".join(
            map(house_style, tb)).replace("-", ""):
        return False  # "Organisation for … Co-operation" / "Organization for … Cooperation"
    return (spelling_conflict(" ".join(ta), " ".join(tb))
            and fuzz.ratio(" ".join(ta), " ".join(tb)) >= _ORG_SPELLING)


def _name_discrepancy(person: MergedPerson, ranked: list[tuple[NameVariant, int, int]]
                      ) -> Discrepancy | None:
    if person.kind not in ("person", "org") or len(ranked) < 2:
        return None
    lead = ranked[0]
    rivals = [v for v in ranked[1:] if _spelt_otherwise(person.kind, lead[0].name, v[0].name)
              and set(v[0].outlets) != set(lead[0].outlets)]
    if not rivals:
        return None
    shown = [lead, *rivals]
    parts = ", ".join(
        f"'{v.name}' ({len(v.outlets)} outlet{'s' * (len(v.outlets) != 1)}, "
        f"{v.mentions} mention{'s' * (v.mentions != 1)})"
        for v, _, _ in shown
    )
    note = f"Outlets spell this name differently: {parts}. "
    if (lead[1], lead[0].mentions) == (rivals[0][1], rivals[0][0].mentions):
        note += (f"The spellings are tied on outlets and mentions; '{person.name}' is used as "
                 "the spelling of the longer report. Check which is right.")
    else:
        note += f"'{person.name}' is used, the spelling most outlets give."
    person.note = note
    return Discrepancy(
        kind="name",
        about=person.name,
        values=[DiscrepancyValue(v.name, v.citations) for v, _, _ in shown],
        note=note,
    )


def _name_prefixes(group: list[_Entry]) -> dict[int, tuple[str, int]]:
    """Words the name reader kept before a name another member gives bare ("Fire Marshall
    John Bond" / "John Bond"): a role of that article's, as (text, sentence) by entry."""
    full = [e for e in group if e.full]
    if len(full) < 2:
        return {}
    short = min((e.tokens for e in full), key=len)
    out = {}
    for n, e in enumerate(group):
        if len(e.tokens) <= len(short) or e.tokens[-len(short):] != short:
            continue
        words = e.person.name.split()
        at = next((k for k, w in enumerate(words) if fold(w).strip(".,'’") == short[0]), 0)
        sentence = next((m.sentence for m in e.person.mentions if m.text == e.person.name),
                        None)
        if at and sentence is not None:
            out[n] = (" ".join(words[:at]), sentence)
    return out


def _merge_roles(group: list[_Entry]) -> list[RoleEvidence]:
    """Roles from every article, a role contained in a longer one folded into it (and the
    words kept before a name, ``_name_prefixes``)."""
    found: list[tuple[set[str], RoleEvidence]] = []
    prefixes = _name_prefixes(group)
    for n, e in enumerate(group):
        roles = list(e.person.roles)
        if n in prefixes:
            roles.append(Role(*prefixes[n]))
        for r in roles:
            words = role_words(r.text) or set(fold(r.text).split())
            cite = e.doc.cite(r.sentence)
            for words2, ev in found:
                if words <= words2 or words2 <= words:
                    if len(words) > len(words2) or (
                        len(words) == len(words2) and len(r.text) > len(ev.text)
                    ):
                        ev.text = r.text.strip()
                        words2 |= words
                    ev.citations = dedupe_citations([*ev.citations, cite])
                    if e.doc.outlet not in ev.outlets:
                        ev.outlets.append(e.doc.outlet)
                    break
            else:
                found.append((set(words), RoleEvidence(r.text.strip(), [e.doc.outlet],
                                                       dedupe_citations([cite]))))
    return [ev for _, ev in found]


def _place_or_thing(group: list[_Entry], docs: list[Doc]) -> bool:
    """A one-word "person" or "organisation" the story shows to be a place, a thing or a
    time zone (``lone_names``)."""
    kinds = {e.person.kind for e in group}
    if len(kinds) != 1 or any(e.full for e in group):
        return False
    words = {re.sub(r"['’]s?$", "", e.person.name.strip()) for e in group}
    if len(words) != 1 or " " in (word := words.pop()):
        return False
    return not_a_person(word, docs) if kinds == {"person"} else not_an_organisation(word, docs)


def merge_people(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS
                 ) -> tuple[list[MergedPerson], list[Discrepancy]]:
    """Merge the story's Person records; return the people and the name discrepancies."""
    groups = [g for g in _cluster(_entries(docs), options) if not _place_or_thing(g, docs)]
    groups.sort(key=lambda g: (-len({e.doc.outlet for e in g}),
                               -sum(max(1, len(e.person.mentions)) for e in g),
                               min(e.doc.order for e in g)))
    people, discrepancies = [], []
    for n, group in enumerate(groups, 1):
        person, disc = _merge(group, f"p{n}")
        people.append(person)
        if disc:
            discrepancies.append(disc)
    log.debug("merged %d people into %d", sum(len(g) for g in groups), len(people))
    return people, discrepancies


def person_index(people: list[MergedPerson]) -> dict[tuple[str, str], MergedPerson]:
    """(article id, Person.name) -> merged person."""
    return {(k.article_id, k.name): p for p in people for k in p.members}
