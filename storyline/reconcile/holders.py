"""Whose number it is, in a sentence that lists several numbers of one unit.

A sentence giving several numbers of a unit is a series ("from 4% to 3.75%", "30 days used,
60 left"): ``figures`` never sets its numbers against another outlet's by likeness alone.
But a list often gives each number its own holder, named in the number's own clause:
"VanDeest had 13 points, while Carter had 12", "Labour won 412 seats and the Conservatives
121", "the US cut its tariff to 30% and China to 10%". Such a number is one holder's
fact; it may be set against another outlet's number for that same holder ("Carter scored
14 points"). This module finds the holder; ``figures`` decides what to compare. It also
gives a lone number's ``subjects``: the people named before it, unless a speech verb makes
them its source ("Penrose warned that inflation was above the 2% target").

The holder is the name nearest before the number, after the series' previous number (a
person before any other name: "VanDeest led Drake with 13 points" is VanDeest's; never a
name after a preposition, which is what the number is about: "tariffs on Chinese goods",
unless possessive: "52% to Tamm's 46%"),
or a name right after it ("13 points from VanDeest"). A number followed by a place or time
of its own ("52% in Ohio and 48% in Florida") is held by nobody: the name before it may be
the previous number's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.records import Entity, Figure

from .evidence import Doc
from .same_measure import is_person
from .text import fold

# Labels of names that can hold a number of a list: people, parties and companies, places.
_HOLDER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Words allowed between a holder and its number ("Carter had", "the Conservatives"): a
# clause's verb and a few words, not a second clause.
_MAX_GAP_WORDS = 6
# A holder named right after its number: "13 points from Seth VanDeest", "12 by Carter".
_HOLDER_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:from|by)\s+$", re.IGNORECASE)
_TALLY_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:from|by|for)\s+$", re.IGNORECASE)
# A number with a place, time or occasion of its own ("48% in Florida"): the list is of
# places or times, and the name before the number may belong to the previous number.
_OWN_QUALIFIER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:in|at|on|during|against)\s+[A-Z0-9]")
# A gap that joins two numbers into one range or move ("from 145% to 30%", "12 to 14").
_RANGE_GAP = re.compile(r"^\s*(?:to|-|–|and|or|through|from)\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:()]")
# A possessive name is whose the number is, even after a preposition ("52% to Tamm's 46%").
_POSSESSIVE = re.compile(r"\s?['’]s?\b")
# A name after a preposition is what the number is about, not whose it is: "tariffs on
# Chinese goods to 30%" (a target), "a win over Drake with 13 points" (an opponent).
_OBJECT_BEFORE = re.compile(
    r"\b(?:on|of|in|at|to|from|for|with|against|into|over|under|about|between|among|"
    r"toward|towards|than|via|versus|vs)\.?\s+(?:the\s+)?$", re.IGNORECASE)


def _words(text: str) -> frozenset[str]:
    text = re.sub(r"['’]s?\b", "", fold(text))
    return frozenset(w for w in re.split(r"[^a-z0-9]+", text.removeprefix("the ")) if len(w) > 1)


def _before(doc: Doc, names: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The holder named between ``start`` and the number at ``end``: the last person there,
    else the last other name, within a few words of the number."""
    text = doc.article.text
    inside = [e for e in names if e.start >= start and e.end <= end
              and (not _OBJECT_BEFORE.search(text[max(0, e.start - 20):e.start])
                   or _POSSESSIVE.match(text, e.end) or e.text.endswith(("'s", "’s")))]
    people = [e for e in inside if e.label == "PERSON"]
    if not inside:
        return None
    e = (people or inside)[-1]
    gap = text[e.end:end]
    return e if len(gap.split()) <= _MAX_GAP_WORDS and not _CLAUSE_BREAK.search(gap) else None


# Units of a tally between sides: "118,472 votes to 107,195" is two sides' counts, not a range.
_SIDE_UNITS = frozenset({"vote", "votes", "seat", "seats", "ballot", "ballots"})


def _joined_tally(text: str, a: Figure, b: Figure) -> bool:
    """``b`` is the other side's tally after ``a``'s ("118,472 votes to 107,195")."""
    return (text[a.end:b.start].strip().lower() == "to" and a.unit.lower() in _SIDE_UNITS
            and a.text.rstrip().lower().endswith(a.unit.lower()))


def _joined(text: str, a: Figure, b: Figure) -> bool:
    """Is ``b`` the other end of ``a``'s range or move ("from 145% to 30%")? Not when ``a``
    is a side's tally written with its unit ("118,472 votes to 107,195 for Teague")."""
    return bool(_RANGE_GAP.match(text[a.end:b.start])) and not _joined_tally(text, a, b)


def _after(doc: Doc, names: Sequence[Entity], end: int, tally: bool = False) -> Entity | None:
    """A holder named right after the number ("13 points from Seth VanDeest"; a side's
    tally "for" its holder: "107,195 for Republican Gordon Teague")."""
    text = doc.article.text
    gap = _TALLY_AFTER if tally else _HOLDER_AFTER
    for n, e in enumerate(names):
        if e.start >= end and e.start - end <= 40 and gap.match(text[end:e.start]):
            after = names[n + 1] if n + 1 < len(names) else None
            if (e.label == "NORP" and after is not None and after.label != "NORP"
                    and text[e.end:after.start] == " "):
                return after  # "for Republican Gordon Teague": the name, not the party's
            return e
    return None


def _names(doc: Doc, sentence: int) -> list[Entity]:
    return sorted((e for e in doc.analysis.entities
                   if e.sentence == sentence and e.label in _HOLDER_LABELS),
                  key=lambda e: e.start)


def holder(doc: Doc, f: Figure) -> frozenset[str]:
    """The name words of a lone number's holder ("Rivermark will cut its tariff on Norland
    goods to 34%": Rivermark), or an empty set."""
    names = _names(doc, f.sentence)
    found = _after(doc, names, f.end) or _before(doc, names, 0, f.start)
    return _words(found.text) if found is not None else frozenset()


def list_holders(doc: Doc, series: Sequence[Figure]) -> list[frozenset[str]]:
    """For each number of one sentence's series (in text order), the name words of its
    holder, or an empty set when it has none or shares it with another number of the list
    (then the numbers are one holder's several facts, not a list of holders)."""
    if len(series) < 2:
        return [frozenset() for _ in series]
    text = doc.article.text
    names = _names(doc, series[0].sentence)
    ordered = sorted(range(len(series)), key=lambda n: series[n].start)
    found: list[frozenset[str]] = [frozenset() for _ in series]
    prev_end: int | None = None
    prev: Figure | None = None
    for n in ordered:
        f = series[n]
        joined = prev is not None and _joined(text, prev, f)
        holder = None
        if not joined and not _OWN_QUALIFIER.match(text[f.end:f.end + 40]):
            tally = f.unit.lower() in _SIDE_UNITS or (prev is not None and _joined_tally(
                text, prev, f))
            holder = _after(doc, names, f.end, tally) or _before(
                doc, names, prev_end if prev_end is not None else 0, f.start)
        if holder is not None:
            found[n] = _words(holder.text)
        prev_end, prev = f.end, f
    # A number joined to the next as a range or move has no holder either ("from 145% to
    # 30%": both ends are one move).
    for k, n in enumerate(ordered[:-1]):
        nxt = ordered[k + 1]
        if _joined(text, series[n], series[nxt]):
            found[n] = frozenset()
    shared = [sum(1 for other in found if other & words) > 1 for words in found]
    return [frozenset() if dup else words for words, dup in zip(found, shared, strict=True)]


# Speech and stance verbs: the person named before them is the source of what follows, not
# whose number it is ("Penrose warned that inflation was above the 2% target"). Not "added":
# "Carter added 12 points" is a score.
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|tells|according to|reported|reports|warn(?:ed|ing|s)?|"
    r"not(?:ed|es|ing)|argu(?:ed|es|ing)|stress(?:ed|es|ing)|insist(?:ed|s|ing)|made clear|"
    r"acknowledg(?:ed|es|ing)|announc(?:ed|es|ing)|explain(?:ed|s|ing)|predict(?:ed|s|ing)|"
    r"confirm(?:ed|s|ing)|estimat(?:ed|es|ing))\b", re.IGNORECASE)


# A number the speaker's own: after "his"/"her" ("his 2.4 billion dong deposit", "her
# deposit of …"), or in a clause of "who" right after the speaker's name.
_OWN_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[a-z-]+\s+){0,2}(?:of\s+)?$")
_WHO_CLAUSE = re.compile(r",\s+(?:(?:a|an|the)\s+)?[^,.;:“”\"]{0,50}\bwho\s+[^,.;:“”\"]*$")


def subjects(doc: Doc, f: Figure) -> frozenset[str]:
    """Name words of the people named before a number that is not of a list, unless the
    sentence quotes someone (then a named person may be the source, not the subject)."""
    people = [e for e in doc.analysis.entities
              if e.sentence == f.sentence and e.end <= f.start and is_person(doc, e)]
    if _ATTRIBUTION.search(doc.sentence_text(f.sentence)):
        # the speaker's own number: "Huynh Van Phuc … said he had borrowed to pay his 2.4
        # billion dong deposit", "said Vo Thi Lan, a retired teacher who lost a deposit of
        # almost two billion dong"
        text = doc.article.text
        if len(people) == 1 and (
                _OWN_BEFORE.search(text, max(0, f.start - 30), f.start)
                or _WHO_CLAUSE.match(text[people[0].end:f.start])):
            return _words_of(people)
        return frozenset()
    # "Novak's cousin Ivo Marsh ran for 205 yards": the figure is the last one's, not the
    # person whose relative he is.
    text = doc.article.text
    people = [e for n, e in enumerate(people)
              if not (n + 1 < len(people) and (_POSSESSIVE.match(text[e.end:e.end + 3])
                                               or e.text.endswith(("'s", "’s"))))]
    return _words_of(people)


def _words_of(people: list[Entity]) -> frozenset[str]:
    """The name words of people named (initials' stops dropped, one-letter words left)."""
    return frozenset(w for e in people
                     for w in fold(e.text).replace(".", " ").split() if len(w) > 1)


# Words of a party's name that say its kind, not which party ("Labour Party", "the Greens
# bloc"): two parties share them.
_PARTY_KIND = frozenset({"party", "parties", "bloc", "alliance", "coalition", "front",
                         "movement", "union", "list", "the"})


# The one beaten is no holder of the winner's share ("beat Greg Holloway … with 54.2%").
BEATEN_BEFORE = re.compile(r"\b(?:beat(?:s|ing)?|defeat(?:s|ed|ing)?|ousted|unseated|"
                            r"edged(?: out)?|trounced|routed)\s+(?:[\w'’-]+\s+){0,3}$",
                            re.IGNORECASE)


def share_holders(doc: Doc, f: Figure) -> frozenset[str]:
    """Name words of the parties and candidates named before a share of the vote in its
    sentence ("Norway's Labour Party won …, taking 28.0% of the vote": labour), not those
    after a preposition ("a lead over the Conservatives") or beaten ("beat Holloway"): whose
    share it is."""
    text = doc.article.text
    found = [e for e in _names(doc, f.sentence)
             # ("the former District 5 council member": a seat's name describes the holder)
             if e.end <= f.start and e.label != "GPE" and not re.search(r"\d", e.text)
             and not _OBJECT_BEFORE.search(text[max(0, e.start - 20):e.start])
             and not BEATEN_BEFORE.search(text[max(0, e.start - 40):e.start])
             and not _CLAUSE_BREAK.search(text[e.end:f.start])]
    if not found:
        s = doc.sentence(f.sentence)
        if s is not None and _PRONOUN_SUBJECT.match(text, s.start) and f.sentence > 0:
            # "She won 47.7% of the vote": the person the sentence before is about
            found = [e for e in _names(doc, f.sentence - 1)
                     if e.label not in ("GPE", "ORG") and not re.search(r"\d", e.text)][:1]
    return frozenset(w for e in found for w in _words(e.text) if w not in _PARTY_KIND)


_PRONOUN_SUBJECT = re.compile(r"\s*(?:She|He)\b")
