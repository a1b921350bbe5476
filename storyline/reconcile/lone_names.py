"""One-word "people" that the story shows to be places or things.

The tagger sometimes calls a lone capitalised word a person in one article: a city named
once ("near the Alexandria cable station"), a social network ("said on Twitter"), a prison
("known as Supermax - in Florence"), a capital ("Beyond Washington, …"). With no full name
to join, the word reaches the brief as a person. The story holds the evidence to tell:

- the other articles' tagger labels: the same word tagged a place, facility or
  organisation more often than a person;
- where the word stands in every article's text: after a preposition of place ("in", "on",
  "near", "beyond"…), after "<Proper name> of" ("the station of X", "Bush of Florida"), as
  "the X <noun>" (a modifier), or followed by ", <place>" / "- in <place>" — against the
  marks of a person: a title or a relation before it ("Gov. X", "his mother, X"), a
  speech verb after it ("X said"), a quote whose speaker mention is the word itself.

A one-word person group with no person mark and (a) more place/organisation labels than
person labels across the story, or (b) place marks in at least half of its occurrences, is
no person. Real one-word people ("his mother, Claritha", "Vice President Biden", a surname
said to speak) carry person marks and stay.

A one-word "organisation" is read the same way (``not_an_organisation``): a common noun
capitalised by its place ("at the Bank", "Justice has been served") when the story writes
it in lower case at least as often; a city or a time zone ("the northern city of X",
"0800 GMT") when most of its occurrences say so and none is written as a body is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .evidence import Doc
from .text import fold, wordset

# Prepositions that put a place (or a medium: "on Twitter") after them, rarely a person.
_PLACE_PREPOSITIONS = wordset(
    "in on near off beyond via across outside inside throughout into onto toward towards "
    "around within"
)
# Tagger labels of places, facilities and organisations.
_NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT"})
# Titles and relations that put a person after them ("Gov. X", "mother, X").
_PERSON_BEFORE = wordset(
    "mr mrs ms miss dr prof sir dame lord lady president vice premier minister secretary "
    "senator sen rep gov governor chancellor king queen prince princess pope general gen "
    "colonel col judge justice mayor chairman chairwoman chair ceo ambassador commissioner "
    "director chief leader officer detective sheriff widow widower wife husband son daughter "
    "mother father brother sister aunt uncle nephew niece cousin friend spouse girlfriend "
    "boyfriend fiancee fiance partner grandson granddaughter grandmother grandfather"
)
_SPEECH_AFTER = re.compile(r"['’]?,?\s+(?:said|says|told|added|asked|wrote|testified|"
                           r"explained|recalled|replied)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)[\s,]*$")
_PROPER_OF = re.compile(r"\b[A-Z][\w.\-]*\s+of\s+$")
_THE_MODIFIER = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_OF = re.compile(r"(?<![A-Z.])\b[a-z]{3,}\s+of\s+$")
_CLOCK_ZONE = re.compile(r"\b(?:\d{1,2}[:.]\d{2}|\d{4})\s*\(?\s*$")
_PLACE_AFTER = re.compile(r"\s*[,\-–—]\s*(?:in\s+)?(?=[A-Z])")


def _mark(text: str, start: int, end: int, places: set[int]) -> str:
    """"person", "place" or "" for the word at text[start:end], by the words around it."""
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    prev = _WORD_BEFORE.search(before)
    prev_word = fold(prev.group(1)).strip(".") if prev else ""
    if prev_word in _PERSON_BEFORE or _SPEECH_AFTER.match(after):
        return "person"
    if prev_word in _PLACE_PREPOSITIONS and before.endswith(" "):
        return "place"  # "on Twitter", "Beyond Washington"
    if _PROPER_OF.search(before):
        return "place"  # "WKOW-TV of Madison"
    if _THE_MODIFIER.search(before) and _NOUN_AFTER.match(after):
        return "place"  # "the Alexandria cable station"
    follow = _PLACE_AFTER.match(after)
    if follow and end + follow.end() in places:
        return "place"  # "Alexandria, Egypt", "Supermax - in Florence"
    return ""


def _marks(word: str, docs: Sequence[Doc]) -> tuple[int, int, int, int, int]:
    """(occurrences, place marks, person marks, person labels, other labels) of ``word``."""
    occurrences = place = person = person_labels = other_labels = 0
    pattern = re.compile(r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])")
    for doc in docs:
        text = doc.article.text
        places = {e.start for e in doc.analysis.entities if e.label in ("GPE", "LOC")}
        for e in doc.analysis.entities:
            bare = re.sub(r"^the\s+|['’]s?$", "", e.text.strip(), flags=re.IGNORECASE)
            if bare == word:
                if e.label == "PERSON":
                    person_labels += 1
                elif e.label in _NOT_PERSON_LABELS:
                    other_labels += 1
        person += sum(1 for q in doc.analysis.quotes if (q.speaker_text or "").strip() == word)
        for m in pattern.finditer(text):
            occurrences += 1
            mark = _mark(text, m.start(), m.end(), places)
            person += mark == "person"
            place += mark == "place"
    return occurrences, place, person, person_labels, other_labels


def _org_mark(text: str, start: int, end: int, places: set[int]) -> str:
    """"org", "place" or "" for a one-word organisation at text[start:end]."""
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    prev = _WORD_BEFORE.search(before)
    prev_word = fold(prev.group(1)).strip(".") if prev else ""
    if prev_word in _PLACE_PREPOSITIONS and before.endswith(" "):
        # "the government in X said": a word right after "in" is not who speaks.
        return "place"
    if _SPEECH_AFTER.match(after) or re.match(r"['’]s?\b", after) or _THE_BEFORE.search(before):
        return "org"  # "X said", "X's", "the X": what a body is written with
    if _CLOCK_ZONE.search(before[-14:]):
        return "place"  # "0800 GMT": the zone of a clock time
    if _NOUN_OF.search(before):
        return "place"  # "the northern city of X"
    follow = _PLACE_AFTER.match(after)
    if follow and end + follow.end() in places:
        return "place"
    return ""


def not_an_organisation(word: str, docs: Sequence[Doc]) -> bool:
    """Is the one-word "organisation" ``word`` a common noun, a place or a time zone in
    this story? A common noun: the story writes the word in lower case at least as often
    as capitalised, and never as a title ("told The Times"). A place or zone: more than
    half its occurrences after a preposition of place, after "<noun> of" or after a clock
    time, and none written as a body is ("the X", "X said", "X's")."""
    occurrences = place = org = lower = titled = 0
    pattern = re.compile(r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])")
    common = re.compile(r"(?<![\w\-])" + re.escape(word.lower()) + r"(?![\w\-])")
    for doc in docs:
        text = doc.article.text
        if not word.isupper():
            lower += len(common.findall(text))
            titled += len(re.findall(r"[a-z,]\s+The\s+" + re.escape(word) + r"\b", text))
        places = {e.start for e in doc.analysis.entities if e.label in ("GPE", "LOC")}
        for m in pattern.finditer(text):
            occurrences += 1
            mark = _org_mark(text, m.start(), m.end(), places)
            org += mark == "org"
            place += mark == "place"
    if lower >= occurrences and not titled:
        return True  # "the Bank", "Justice has been served": a common noun capitalised
    return org == 0 and 2 * place > occurrences


def not_a_person(word: str, docs: Sequence[Doc]) -> bool:
    """Is the one-word "person" ``word`` (as written) a place or thing in this story?"""
    occurrences, place, person, person_labels, other_labels = _marks(word, docs)
    if person:
        return False
    return other_labels > person_labels or (place > 0 and 2 * place >= occurrences)
