"""People and organisations in one article, their mentions merged, with roles and titles.

Works on spaCy's NER and dependency parse and repairs the NER errors that matter for a
brief: a PERSON span that swallowed its title ("Treasury Secretary Scott Bessent"), a title
word tagged ORG ("Treasury" in the same phrase), a surname tagged GPE or ORG ("Lutnick"),
a possessive glued to the name ("Trump's"). Roles come from premodifiers ("U.S. Commerce
Secretary Howard Lutnick"), appositions ("Li Chenggang, China's vice commerce minister,"),
"X, who is Y", and "the X-led delegation" / "the delegation, led by X".
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from spacy.tokens import Span

from storyline.nlp.name_openers import sentence_opener
from storyline.nlp.name_words import (
    DEPARTMENTS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_SUFFIXES,
    TITLE_WORDS,
    is_title,
    word_set,
)
from storyline.nlp.sentence_index import SentenceIndex
from storyline.records import Mention, Person, Role, Sentence

log = logging.getLogger(__name__)

_POSSESSIVE = {"'s", "’s", "'", "’"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
# Role phrases end at these: they start a new clause, not more of the title.
_ROLE_STOP = {",", ";", "who", "which", "that", "whose", "said", "says", "(", ")", "—", "–"}


@dataclass
class _Entry:
    """A person or organisation being assembled."""

    kind: Literal["person", "org"]
    forms: list[tuple[str, ...]] = field(default_factory=list)  # name token tuples
    written: dict[tuple[str, ...], str] = field(default_factory=dict)  # form -> as written
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    @property
    def name(self) -> str:
        best = max(self.forms, key=lambda f: (len(f), len(" ".join(f))))
        return self.written.get(best) or _join(best)

    @property
    def tokens(self) -> set[str]:
        return {t for f in self.forms for t in f}


def _join(tokens: tuple[str, ...]) -> str:
    out = ""
    for t in tokens:
        out += ("" if not out or t in {"-"} or out.endswith("-") else " ") + t
    return out


def extract_people(doc: Any, sentences: list[Sentence]) -> list[Person]:
    """One Person per person or organisation named in the Doc, mentions merged."""
    index = SentenceIndex(sentences)
    persons: list[_Entry] = []
    orgs: dict[str, _Entry] = {}
    claimed: set[int] = set()  # token indexes already part of a person name

    spans = _person_spans(doc)
    # Names in running text first, longer names first, so "Trump" can join "Donald Trump"
    # wherever it appears; names seen only in headline-like runs of capitalised words
    # ("Trade Deal Framework Quick Looks") must match a name from running text.
    weak = {s: headline_context(doc, s[0], s[1]) for s in spans}
    # NER labelling the same words ORG more often than PERSON: an organisation.
    votes: Counter[tuple[str, str]] = Counter(
        (e.text, "PERSON" if _described_name(doc, e) else e.label_)
        for e in doc.ents if e.label_ in {"ORG", "PERSON"}
    )
    in_other_names = {
        t.i for e in doc.ents if e.label_ != "PERSON" and len(e) > 1 for t in e
    }
    for span in sorted(spans, key=lambda s: (weak[s], -(s[1] - s[0]))):
        start, end, title_start = span
        tokens = tuple(t.text for t in doc[start:end])
        text = doc[start:end].text
        if votes[(text, "ORG")] > votes[(text, "PERSON")]:
            continue
        entry = _match(persons, tokens, doc[start].idx)
        if entry is None and weak[span]:
            continue
        if entry is None:
            entry = _Entry(kind="person")
            persons.append(entry)
        if len(tokens) > 1 or not entry.forms:
            entry.forms.append(tokens)
            entry.written.setdefault(tokens, doc[start:end].text)
        _add_mention(entry, doc, start, end, index)
        claimed.update(range(start, end))
        for role in _roles(doc, start, end, title_start):
            _add_role(entry, role, index(doc[start].idx))

    # Surnames on their own, whatever label NER gave them ("Lutnick" as GPE).
    surnames: dict[str, list[_Entry]] = {}
    for entry in persons:
        for form in entry.forms:
            if len(form) > 1:
                surnames.setdefault(form[-1], []).append(entry)
    for tok in doc:
        if tok.i in claimed or tok.text not in surnames or not tok.text[:1].isupper():
            continue
        if tok.i in in_other_names:  # "Grumman" of the company "Northrop Grumman"
            continue
        if tok.tag_ not in {"NNP", "NNPS"} and tok.is_sent_start:
            continue  # a capitalised common word opening a sentence ("Jobs were cut")
        entry = _match(persons, (tok.text,), tok.idx)
        if entry is not None:
            _add_mention(entry, doc, tok.i, tok.i + 1, index)
            claimed.add(tok.i)
            for role in _roles(doc, tok.i, tok.i + 1, tok.i):
                _add_role(entry, role, index(tok.idx))

    for ent in doc.ents:
        if ent.label_ != "ORG" or any(t.i in claimed for t in ent):
            continue
        org_span = _org_span(doc, ent)
        if org_span is None:
            continue
        start, end = org_span
        key = " ".join(t.text for t in doc[start:end]).lower()
        if key not in orgs and headline_context(doc, start, end):
            continue
        entry = orgs.setdefault(key, _Entry(kind="org"))
        form = tuple(t.text for t in doc[start:end])
        entry.forms.append(form)
        entry.written.setdefault(form, doc[start:end].text)
        _add_mention(entry, doc, start, end, index)

    persons = [e for e in persons if not _place_like(doc, e) and not _group_or_amount(doc, e)]
    out = []
    for entry in [*persons, *orgs.values()]:
        entry.mentions.sort(key=lambda m: m.start)
        out.append(
            Person(name=entry.name, kind=entry.kind, roles=entry.roles, mentions=entry.mentions)
        )
    out.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    return out


# --------------------------------------------------------------------------- names

# Words that cannot end a name: a preposition, conjunction or article left dangling when NER
# stops before the place that completes the name ("the County Headquarters of | Attika").
_DANGLING_TAGS = {"IN", "CC", "DT", "TO"}


def _not_one_person(doc: Any, tok: Any) -> bool:
    """A plural proper noun ("Greeks"), the unit of an amount ("22 billion Euros") or a
    word after "the" that does not modify a following noun ("a crisis for the Euro")."""
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if tok.tag_ == "NNPS" or (prev is not None and (prev.like_num or prev.lower_ in _SCALES)):
        return True
    return prev is not None and prev.lower_ == "the" and tok.dep_ != "compound"


_SCALES = {"million", "billion", "trillion", "thousand", "hundred", "m", "bn"}


def _group_or_amount(doc: Any, entry: _Entry) -> bool:
    """A one-word 'person' that is a group (a plural proper noun: "Greeks") or the word of an
    amount elsewhere in the text ("110 billion Euros")."""
    if any(len(f) > 1 for f in entry.forms):
        return False
    word = entry.forms[0][0]
    tokens = [doc.char_span(m.start, m.end) for m in entry.mentions]
    if tokens and all(t is not None and _not_one_person(doc, t[-1]) for t in tokens):
        return True
    return any(
        e.label_ in {"MONEY", "QUANTITY", "PERCENT"} and word in {t.text for t in e}
        for e in doc.ents
    )


_PLACE_PREPS = {"in", "at", "near", "across", "outside", "around", "throughout", "inside"}


def _place_like(doc: Any, entry: _Entry) -> bool:
    """A one-word 'person' NER keeps finding in places: 'in Rotterdam', 'Port of Rotterdam'."""
    if any(len(f) > 1 for f in entry.forms):
        return False
    word = entry.forms[0][0]
    for m in entry.mentions:
        span = doc.char_span(m.start, m.end)
        if span is None:
            continue
        tok = span[-1]
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
            return True
    if any(
        e.label_ in {"GPE", "LOC", "FAC"} and len(e) > 1 and word in {t.text for t in e}
        for e in doc.ents
    ):
        return True
    # NER calling the word a place more often than a person in this article: a place.
    alone = Counter(e.label_ for e in doc.ents if e.text == word)
    return alone["GPE"] + alone["LOC"] > alone["PERSON"]


_FUNCTION_WORDS = word_set(
    "a an the and or of to in on at for by with from as is are be was were it its what "
    "how why who when where this that these those but not no"
)


def headline_context(doc: Any, start: int, end: int) -> bool:
    """Whether a span sits in a run of capitalised words (a headline, a list label).

    Looks at the nearest content words around the span in its sentence, skipping other
    names, titles and function words: when there are some and all are capitalised, the
    capitals say nothing about names.
    """
    sent = doc[start].sent
    words: list[Any] = []
    for rng in (range(start - 1, sent.start - 1, -1), range(end, sent.end)):
        seen = 0
        for i in rng:
            tok = doc[i]
            if not tok.is_alpha or tok.lower_ in _FUNCTION_WORDS or tok.ent_type_:
                continue
            if is_title(tok.text) or i == sent.start or (
                    tok.lower_ in DEPARTMENTS and i + 1 < sent.end
                    and is_title(doc[i + 1].text)):
                continue  # (a department before a title: "Finance Minister")
            words.append(tok)
            seen += 1
            if seen == 4:
                break
    if not words:
        # Nothing but names around: a headline when the sentence has no lowercase word, or
        # when it has only function words and the name has no title before it ("Treasury
        # Secretary Dan Reed and Trade Representative Ann Cole for Washington; …": a fact
        # box's list of the people in the room, titled as in running text)
        if start > sent.start and is_title(doc[start - 1].text) and any(
                t.is_alpha and t.is_lower for t in sent):
            return False
        return not any(t.is_alpha and t.is_lower and t.lower_ not in _FUNCTION_WORDS
                       for t in sent)
    return all(t.text[:1].isupper() for t in words)



def _person_spans(doc: Any) -> list[tuple[int, int, int]]:
    """(start, end, title_start) token ranges of person names, titles and 's stripped.

    ``title_start`` is where a title swallowed by NER begins (== start when there is none).
    Adjacent PERSON spans are joined (a name split in two).
    """
    raw: list[list[int]] = []
    spans = sorted([*doc.ents, *_untagged_described(doc)], key=lambda e: (e.start, e.end))
    for ent in spans:
        if ent.label_ != "PERSON" and not _titled_name(ent) and not _described_name(doc, ent):
            continue
        if raw and ent.start <= raw[-1][1] and doc[raw[-1][1] - 1].text not in _POSSESSIVE:
            raw[-1][1] = max(raw[-1][1], ent.end)
        else:
            raw.append([ent.start, ent.end])
    out = []
    for start, end in raw:
        # NER often stops before a capitalised word it read as something else: "Liu" of
        # "Liu He" (a mid-sentence "He" is no pronoun), or an untagged given name.
        while end < len(doc) and _name_continues(doc[end], doc[end - 1]):
            end += 1
        while start > 0 and _name_prefix(doc[start - 1], start, end):
            start -= 1
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
            end -= 1
        title_start = start
        while start < end and doc[start].lower_ in _DETERMINERS:
            start += 1
            title_start = start
        while end - start > 1 and doc[start].lower_ not in NAME_PARTICLES and sentence_opener(
            doc, start
        ):
            start += 1  # "Ironically Nichols said": the adverb opens the sentence
            title_start = start
        # The last title/honorific word inside the span ends the title part.
        cut = None
        for i in range(start, end - 1):
            low = doc[i].lower_
            if low in TITLE_WORDS or low in HONORIFICS:
                cut = i
        if cut is not None:
            start = cut + 1
        if not all(_name_token(t.text) for t in doc[start:end]):
            continue
        if not doc[start].text[:1].isupper():
            continue
        if end - start == 1 and (
            doc[start].lower_ in {"he", "she", "it", "they", "i", "we"}
            or doc[start].dep_ == "ROOT"
            or any(c.dep_ in {"aux", "dobj", "nsubj"} for c in doc[start].children)
        ):
            continue  # a capitalised verb or pronoun, not a name ("You must Register")
        out.append((start, end, title_start))
    return out


def _untagged_described(doc: Any) -> list[Any]:
    """Runs of two or three capitalised name words the tagger left unmarked, as spans
    labelled ORG, for ``_described_name`` to judge: "Huw Pill, a deputy governor at the
    Bank of England, told …" is a person the tagger missed."""
    out = []
    i = 0
    while i < len(doc):
        if doc[i].lower_ in HONORIFICS:
            i += 1  # ("Dr Aye Thandar Win": the name after the honorific)
            continue
        j = i
        while (j < len(doc) and j - i < 3 and not doc[j].ent_type_ and doc[j].tag_ == "NNP"
               and _name_token(doc[j].text) and doc[j].text[:1].isupper()
               and not is_title(doc[j].text)):
            j += 1
        if j - i >= 2 and (j >= len(doc) or not doc[j].ent_type_):
            out.append(Span(doc, i, j, label="ORG"))
        i = max(j, i + 1)
    return out


# Labels the tagger gives a title and a name it did not read as a person ("Deputy
# Governor Anja Lindqvist" as a work of art).
_TITLED_LABELS = frozenset({"ORG", "GPE", "NORP", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT",
                            "LAW"})


def _titled_name(ent: Any) -> bool:
    """An ORG/GPE span that is really a title and a name: "Spokeswoman Sandy Angers"."""
    if ent.label_ not in _TITLED_LABELS or len(ent) < 2:
        return False
    cut = max((i for i, t in enumerate(ent) if is_title(t.text)), default=-1)
    rest = ent[cut + 1 :]
    return (
        cut >= 0
        and ent[cut].text[:1].isupper()
        and 2 <= len(rest) <= 3
        and ent[cut].lower_ != "general"  # General Motors, General Electric
        and all(_name_token(t.text) and not is_title(t.text) for t in rest)
        and rest[-1].text.lower() not in ORG_SUFFIXES
    )


# Title words an organisation can be described by too ("X, a partner of the fund").
_SHARED_TITLES = word_set("owner partner member founder sponsor")


# Verbs of saying right after a lone surname: the name is a person's ("Ruiz told", "Ruiz,
# 44,"); organisations rarely "tell" in news copy without a spokesman named.
_SPEECH = word_set("said says told tells added argued insisted recalled")
_BODIES = word_set("navy army police ministry government department agency court council "
                   "committee party union board bank commission office service force guard")


def _speaks_elsewhere(doc: Any, surname: str) -> bool:
    """Does the surname stand alone elsewhere in the article as a speaker or with an age
    ("Ruiz told a crowd", "Ruiz, 44, a former …")?"""
    if surname.lower() in ORG_SUFFIXES or surname.lower() in _BODIES:
        return False
    speakers = doc.user_data.get(_SPEAKERS_KEY)
    if speakers is None:  # read once per article, not once per candidate name
        speakers = doc.user_data[_SPEAKERS_KEY] = _lone_speakers(doc)
    return surname in speakers


_SPEAKERS_KEY = "storyline_lone_speakers"


def _lone_speakers(doc: Any) -> frozenset[str]:
    """Capitalised words standing alone (not after a capitalised word or a determiner: "the
    Navy said" is a body) right before a verb of saying or an age in commas."""
    out = set()
    for tok in doc:
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if not tok.text[:1].isupper() or (prev is not None and (
                prev.text[:1].isupper() or prev.lower_ in _DETERMINERS)):
            continue
        nxt = doc[tok.i + 1 : tok.i + 4]
        if (len(nxt) and nxt[0].lower_ in _SPEECH) or (
                len(nxt) == 3 and nxt[0].text == "," and nxt[1].like_num and nxt[2].text == ","):
            out.add(tok.text)
    return frozenset(out)


# Labels the tagger gives an unfamiliar person's name ("said Stephane Perrault, a
# spokesperson …" as a facility).
_DESCRIBABLE = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART"})


def _described_name(doc: Any, ent: Any) -> bool:
    """An ORG span that is a person's name described by a job: right before it in lower
    case ("spokesperson Lerato Dube") or right after it ("said Nadia Whitcombe, a mortgage
    adviser in Eastgate", "Tamm, a former prime minister,"). Organisations are not "a ...
    adviser"."""
    # A two- or three-word "place" described by an office ("Li Chenggang, China's vice
    # commerce minister"): the tagger's GPE for an unfamiliar name.
    place = ent.label_ == "GPE" and 2 <= len(ent) <= 3
    if (ent.label_ not in _DESCRIBABLE and not place) or not 1 <= len(ent) <= 4:
        return False
    if not all(_name_token(t.text) and t.text[:1].isupper() and not is_title(t.text)
               for t in ent) or ent[-1].text.lower() in ORG_SUFFIXES:
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    # (a place may follow a lower-case title: "the minister in Kyiv")
    if (not place and before is not None and before.text.islower() and is_title(before.text)
            and before.lower_ not in _SHARED_TITLES):
        return True
    if not place and len(ent) >= 2 and _speaks_elsewhere(doc, ent[-1].text):
        return True  # "Daniela Ruiz was elected …" and later "…," Ruiz told a crowd
    if (not place and before is not None and before.text[:1].isupper() and len(ent) >= 2
            and is_title(before.text) and before.lower_ not in _SHARED_TITLES):
        return True  # "Chief Electoral Officer Stephane Perrault": a capitalised title
    if len(ent) >= 2 and _after_office(doc, ent.start):
        return True  # "the chairwoman of the State Electoral Commission, Vesna Marić"
    if (not place and before is not None and len(ent) >= 2 and before.lower_ in HONORIFICS
            and before.lower_ not in _NOBLE):
        return True  # "Dr Aye Thandar Win": a name the tagger missed, after "Dr" or "Mrs"
    after = doc[ent.end : ent.end + 10]  # (", a 47-year-old physics teacher": ten tokens)
    if len(after) < 3 or after[0].text != ",":
        return False
    # "X, a deputy governor", or "X, China's vice commerce minister", or "X, medical
    # superintendent of …" (a lower-case office with no article)
    skip = 2 if after[1].lower_ in {"a", "an"} else (
        3 if len(after) > 3 and after[1].tag_ == "NNP" and after[2].text in _POSSESSIVE
        else 1 if len(ent) >= 2 and after[1].text.islower() and after[1].is_alpha
        and after[1].lower_ not in _DETERMINERS else 0)
    if not skip:
        return False
    for tok in after[skip:]:
        if tok.tag_ == "HYPH":
            continue  # "a 47-year-old physics teacher": an age before the job
        if tok.is_punct or tok.lower_ in _ROLE_STOP:
            return False
        if (is_title(tok.text) and tok.lower_ not in _SHARED_TITLES) or tok.lower_ in _JOBS:
            return True
    return False


# Occupations that describe a person, not an office ("X, a 47-year-old physics teacher,"):
# a name the tagger read as a place or a firm is a person when one of these follows it.
_JOBS = word_set("""teacher farmer nurse doctor engineer student driver worker fisherman
    fishermen shopkeeper vendor pharmacist mechanic miner labourer laborer carpenter
    electrician baker butcher tailor chef cook waiter cleaner soldier pilot sailor
    firefighter paramedic midwife surgeon dentist architect accountant banker businessman
    businesswoman entrepreneur retiree pensioner widow volunteer""")


# Honorifics also written before places and houses ("Lord Howe Island", "Lady Margaret
# Hall"): not enough alone to make a person of the words after them.
_NOBLE = frozenset({"lord", "lady", "sir", "dame"})
_OFFICE_BACK = 9  # tokens read back from a name for the office it is named after


def _after_office(doc: Any, start: int) -> bool:
    """Is the span right after an office and a comma ("the chairwoman of the State Electoral
    Commission, Vesna Marić"): a lower-case title after "the", with no verb or clause break
    between it and the comma?"""
    if start < 3 or doc[start - 1].text != ",":
        return False
    for i in range(start - 2, max(start - 2 - _OFFICE_BACK, 0) - 1, -1):
        tok = doc[i]
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {",", ";", ":", "(", ")"}:
            return False
        if tok.text.islower() and is_title(tok.text) and tok.lower_ not in _SHARED_TITLES:
            # (its modifiers between: "Salar Blanco's chief financial officer, Rodrigo
            # Etcheverry")
            j = i
            while j > 0 and doc[j - 1].text.islower() and doc[j - 1].tag_ in {"JJ", "NN"}:
                j -= 1
            return j > 0 and doc[j - 1].lower_ in {"the", "its", "their", "'s", "’s"}
    return False


def _name_continues(tok: Any, prev: Any) -> bool:
    if tok.ent_type_ or tok.is_sent_start or tok.whitespace_ is None:
        return False
    if not prev.whitespace_ or not tok.text[:1].isupper() or is_title(tok.text):
        return False
    return tok.tag_ in {"NNP", "PRP"} and tok.text.isalpha() and len(tok.text) > 1


def _name_prefix(tok: Any, start: int, end: int) -> bool:
    if tok.ent_type_ or is_title(tok.text) or tok.lower_ in HONORIFICS:
        return False
    if tok.lower_ in ORG_SUFFIXES:
        return False
    return (
        tok.tag_ == "NNP"
        and tok.dep_ == "compound"
        and start <= tok.head.i < end
        and tok.text.isalpha()
        and tok.text[:1].isupper()
    )


_NAME_TOKEN = re.compile(r"[A-Z][\w'’-]*|[A-Z]\.|Jr\.|Sr\.|[IVX]+|-")


def _name_token(word: str) -> bool:
    """Capitalised word, initial, particle or suffix: what a personal name is made of."""
    return word.lower() in NAME_PARTICLES or bool(_NAME_TOKEN.fullmatch(word))


def _match(persons: list[_Entry], tokens: tuple[str, ...], offset: int) -> _Entry | None:
    """The already-known person these name tokens refer to, if any."""
    core = tuple(t for t in tokens if not re.fullmatch(r"[A-Z]\.", t))
    candidates = []
    for entry in persons:
        for form in entry.forms:
            fcore = tuple(t for t in form if not re.fullmatch(r"[A-Z]\.", t))
            if core == fcore:
                return entry
            if len(core) == 1 and len(fcore) > 1 and core[0] in (fcore[-1], fcore[0]):
                candidates.append(entry)
                break
            if (
                len(core) > 1
                and len(fcore) > 1
                and core[-1] == fcore[-1]
                and (set(core) <= set(fcore) or set(fcore) <= set(core))
            ):
                candidates.append(entry)
                break
    if not candidates:
        return None
    # Two people sharing a surname: the one mentioned most recently before this offset.
    def last_before(e: _Entry) -> int:
        starts = [m.start for m in e.mentions if m.start < offset]
        return max(starts) if starts else -1

    return max(candidates, key=last_before)


def _add_mention(entry: _Entry, doc: Any, start: int, end: int, index: Any) -> None:
    span = doc[start:end]
    m = Mention(text=span.text, start=span.start_char, end=span.end_char,
                sentence=index(span.start_char))
    if all(x.start != m.start for x in entry.mentions):
        entry.mentions.append(m)


def _org_span(doc: Any, ent: Any) -> tuple[int, int] | None:
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ in _DETERMINERS:
        start += 1
    while end > start and (
        doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct
        or doc[end - 1].tag_ in _DANGLING_TAGS
    ):
        end -= 1
    if end <= start:
        return None
    # "Treasury" in "Treasury Secretary Scott Bessent" is part of a title, not an org; but
    # "Apple" in "Apple CEO Tim Cook" is an org.
    key = " ".join(t.lower_ for t in doc[start:end])
    if key in DEPARTMENTS and end < len(doc) and is_title(doc[end].text):
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.tag_ == "NNP"):
            return None
    return start, end


# --------------------------------------------------------------------------- roles


def _add_role(entry: _Entry, text: str, sentence: int) -> None:
    # (a live page's entry time is no part of a role: "14:20 CEO Valeria Montaño")
    text = _ENTRY_TIME.sub("", " ".join(text.split())).strip(" ,;:-—–")
    if not text or len(text) > 160:
        return
    if all(r.text.lower() != text.lower() for r in entry.roles):
        entry.roles.append(Role(text=text, sentence=sentence))


_ENTRY_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s+")


def _roles(doc: Any, start: int, end: int, title_start: int) -> list[str]:
    roles = []
    pre = _premodifier(doc, start, title_start)
    if pre:
        roles.append(pre)
    head = _head(doc, start, end)
    for child in head.children:
        if child.dep_ == "appos" and child.i >= end and any(
                t.text == ";" for t in doc[end:child.i]):
            continue  # "…, Whitcombe for Washington; Vice Premier He …": the next list item
        if child.dep_ == "appos" and child.i >= end:
            role = _appos_role(doc, child, end)
            if role:
                roles.append(role)
        elif child.dep_ == "relcl" and child.i >= end:
            role = _copular_role(child)
            if role:
                roles.append(role)
    if head.dep_ == "appos" and head.head.i < start:
        role = _reverse_appos_role(doc, head.head, start)
        # "the chairwoman of the State Electoral Commission, Vesna Marić": the parser hangs
        # the name on the body; the office is the noun the body's "of" belongs to
        office = head.head.head.head if head.head.head.lower_ == "of" else None
        if not role and office is not None and is_title(office.text) and office.i < start:
            role = _reverse_appos_role(doc, office, start)
        if role:
            roles.append(role)
    led = _led_role(doc, head, end)
    if led:
        roles.append(led)
    return roles


def _head(doc: Any, start: int, end: int) -> Any:
    for tok in doc[start:end]:
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            return tok
    return doc[end - 1]


_PAST_MARKS = frozenset({"retired"})


def _title_word(doc: Any, i: int) -> bool:
    """A title word, or a department right before one ("Finance" of "Finance Minister")."""
    tok = doc[i]
    return is_title(tok.text) or (tok.lower_ in DEPARTMENTS and i + 1 < len(doc)
                                   and is_title(doc[i + 1].text))


def _premodifier(doc: Any, start: int, title_start: int) -> str | None:
    """Title words before the name: 'U.S. Commerce Secretary', 'Chinese Vice Premier'."""
    i = title_start
    members = set(range(title_start, start + 1))
    name_root = start
    while i > 0:
        tok = doc[i - 1]
        if tok.lower_ in _DETERMINERS or (tok.ent_type_ == "PERSON" and tok.i < title_start):
            break
        if _department_list(doc, tok.i):
            members.add(tok.i)  # "Commerce and Industry Minister": one title
            i -= 1
            continue
        if tok.is_punct and tok.text not in {"-", "’s", "'s"}:
            break
        if tok.text == "-" and tok.whitespace_:
            break  # "KUALA LUMPUR - Commerce Secretary …": a dateline's dash, not a hyphen
        if tok.tag_ not in {"NNP", "NNPS", "NN", "NNS", "JJ", "POS", "HYPH", "VBN", "CD"} and (
            tok.text.lower() not in {"of", "for"}
        ):
            break
        if tok.tag_ == "VBN" and not tok.text[:1].isupper() and tok.lower_ not in _PAST_MARKS:
            break  # ("retired fire chief Tom Brennan": the office is a past one)
        # e.g. a noun from the previous phrase that only happens to precede the name
        if (
            tok.head.i not in members
            and tok.head.i < name_root
            and tok.dep_ != "case"
            and not (tok.dep_ in {"compound", "amod", "poss", "nmod"} and tok.head.i >= i)
            # a title run right before the name is its title, however a list's parse hangs
            # it ("… and Finance Minister Liang Weiming for Beijing")
            and not (i == title_start and _title_word(doc, tok.i))
            # the halves of a hyphened title ("secretary-general"), however parsed
            and not (not tok.whitespace_ and tok.i + 1 in members
                     and (tok.tag_ == "HYPH" or doc[tok.i + 1].tag_ == "HYPH"))
            # a department of a list of them before the title ("Commerce and Industry
            # Minister"), however the parse hangs it
            and not (tok.lower_ in DEPARTMENTS and tok.text[:1].isupper()
                     and (_title_word(doc, i) or _department_list(doc, i)))
        ):
            break
        members.add(tok.i)
        i -= 1
    if i >= start:
        return None
    stop = start
    while stop > i and doc[stop - 1].lower_ in HONORIFICS:
        stop -= 1  # "Deputy Chief Justice Sir Roland Ashby": the title before the honorific
    if stop == i:
        return None
    words = doc[i:stop]
    # Trim to the last title word so "the Geneva trade truce Trump" style runs stay out.
    last = words[-1]
    while len(words) and words[0].tag_ in {"POS", "HYPH"}:
        words = words[1:]
    if not len(words):
        return None
    if not (is_title(last.text) or (last.tag_ in {"NN", "NNS"} and last.text.islower())):
        return None
    if last.lower_ in HONORIFICS:
        return None
    return words.text


def _department_list(doc: Any, i: int) -> bool:
    """Is the comma or "and" at ``i`` inside a list of departments ("Minister of Economy,
    Trade and Industry", "Commerce and Industry Minister")?"""
    return (0 < i < len(doc) - 1 and doc[i].text in {",", "and"}
            and doc[i - 1].lower_ in DEPARTMENTS and doc[i - 1].text[:1].isupper()
            and doc[i + 1].lower_ in DEPARTMENTS and doc[i + 1].text[:1].isupper())


def _trim_role(doc: Any, first: int, last: int) -> str | None:
    toks: list[Any] = []
    for tok in doc[first : last + 1]:
        if toks and tok.lower_ in _ROLE_STOP and not _department_list(doc, tok.i):
            break
        toks.append(tok)
    while toks and (toks[0].lower_ in _DETERMINERS or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks or len(toks) > 20:
        return None
    if not any(is_title(t.text) or t.tag_ in {"NN", "NNS"} for t in toks):
        return None
    return doc[toks[0].i : toks[-1].i + 1].text


def _appos_role(doc: Any, appos: Any, name_end: int) -> str | None:
    if appos.ent_type_ in {"PERSON", "GPE", "DATE", "CARDINAL"}:
        return None
    if appos.tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
        return None
    if appos.tag_.startswith("NNP") and not is_title(appos.text):
        return None
    sub = list(appos.subtree)
    last = sub[-1].i
    # "a former negotiator now with the Institute": the parser hangs "now with ..." on the
    # name, but it is part of the apposition.
    for child in appos.head.rights:
        if child.i > appos.i and child.dep_ in {"advmod", "prep"} and child.left_edge.i == last + 1:
            last = child.right_edge.i
    return _trim_role(doc, max(sub[0].i, name_end), last)


def _reverse_appos_role(doc: Any, noun: Any, name_start: int) -> str | None:
    if noun.tag_ not in {"NN", "NNS"} and not is_title(noun.text):
        return None
    first = noun.left_edge.i
    return _trim_role(doc, first, name_start - 1)


def _copular_role(relcl: Any) -> str | None:
    if relcl.lower_ not in {"is", "was", "serves", "served", "became", "becomes"}:
        return None
    for child in relcl.children:
        if child.dep_ in {"attr", "prep"}:
            target = child
            if child.dep_ == "prep":
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is None:
                    continue
            sub = list(target.subtree)
            doc = relcl.doc
            return _trim_role(doc, sub[0].i, sub[-1].i)
    return None


def _led_role(doc: Any, head: Any, end: int) -> str | None:
    """'the Lutnick-led delegation' and 'the delegation, led by Lutnick'."""
    # X-led NOUN
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "led":
        noun = doc[end + 1].head
        if noun.tag_ in {"NN", "NNS"} and noun.i > end + 1:
            return "led the " + doc[end + 2 : noun.i + 1].text
    # NOUN, led by X  (X may be a conjunct of the first name led)
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lower_ == "led":
        led = tok.head.head
        noun = led.head
        if led.dep_ in {"acl", "relcl"} and noun.tag_ in {"NN", "NNS"}:
            return "led the " + _noun_phrase(noun)
    return None


def _noun_phrase(noun: Any) -> str:
    left = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod"}]
    first = min([c.left_edge.i for c in left] + [noun.i])
    return noun.doc[first : noun.i + 1].text
