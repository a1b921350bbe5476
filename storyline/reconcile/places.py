"""Where a person is from, as each outlet says it: "Anthony Reed, 36, of Northfield" in one
report and "Anthony Reed, 36, of Eastvale" in another is a ``place`` discrepancy.

Only the appositive that news style uses for it counts: the person's name, optionally an
age, then "of" or "from" and a place the tagger also marks as a place (GPE, LOC or FAC).
Two places of one (merged) person from different independent outlets disagree unless one
name contains the other ("Queens" / "Queens, New York").

Where a person was born, likewise: "Gigante was born in the Bronx" / "… was born on March
29, 1928, in New York City" (a place named at another precision is still told differently;
"Nashville, Tennessee" / "Tennessee" is not). The person is the one named just before
"born", or, for a sentence opening with "Born in …,", the first one named after it.

Where a person was caught: "… surrendering only after authorities boxed in his car on
Interstate 75 in Saginaw" / "… before apprehending him near Bay City". A sentence naming one
person only, with a verb of capture (arrested, apprehended, captured, caught, detained,
surrendered, taken into custody) and after it a place entity introduced by "in", "near",
"outside" or "at". The places of one person disagree unless one name contains the other,
and, stricter than for a home or birthplace, only when no article giving one place names
the other anywhere (a chase through both towns, or an arrest in one and a hearing in the
other, is no conflict).
"""

from __future__ import annotations

import logging
import re

from storyline.records import Entity, Mention

from .evidence import Doc, dedupe_citations
from .model import Citation, Discrepancy, DiscrepancyValue, MergedPerson
from .people import person_index
from .text import fold

log = logging.getLogger(__name__)

_HOME = re.compile(
    r"^,?\s*(?:(?:aged\s+)?\d{1,3},\s*)?(?:of|from)\s+"
    r"(?P<place>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3})"  # never over a line break
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3}"
# "born in the Bronx", "born on March 29, 1928, in New York City", "born Betty Mae Page in
# Nashville, Tennessee": a few words (no clause break) between "born" and "in".
_BORN = re.compile(
    rf"\b(?P<born>[Bb]orn)\b[^.;:()\"“”]{{0,40}}?\bin[ \t]+(?:the[ \t]+)?"
    rf"(?P<place>{_PLACE}(?:,[ \t]+{_PLACE})?)"
)
_SUBJECT_GAP = 60  # characters between a person's name and "was born" ("X (pronounced …)")
# Between a name and "born": the name owns the one born ("Hollis's son was born", "Hollis,
# whose daughter was born").
_SOMEONE_ELSES = re.compile(r"^['’]s\b|\bwhose\b|\b(?:his|her|their)\s+[a-z]+", re.I)
_CAPTURE = re.compile(r"\b(?:arrest(?:ed|ing)?|apprehend(?:ed|ing)?|captur(?:ed|ing)|caught|"
                      r"detain(?:ed|ing)?|surrender(?:ed|ing)?|taken into custody)\b", re.I)
_AT_PLACE = re.compile(r"\b(?:in|near|outside|at)\s+(?:the\s+)?$")
# After the verb of capture and before the place: a later step of the case ("arrested on
# Friday and charged in Kelby", "… and is being held in Kelby") puts the place on that step.
_LATER_STEP = re.compile(
    r"\b(?:charg|book|held|hold|jail|arraign|taken|took|brought|transferr|extradit|appear|"
    r"sentenc|tried|convict|question|interrogat|releas|remand|lodg|flown|driven|"
    r"treated|moved)", re.I)
# Right after the verb: someone else caught ("police arrested two men in …", "arrested his
# brother"), not the person the sentence names.
_OTHERS_CAUGHT = re.compile(
    r"\s+(?:a|an|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens|"
    r"scores|hundreds|more|other|another|his|their|\d+)\b", re.I)
# Between the person's name and the verb: he tells of the capture, it is not his.
_TELLING = re.compile(r"\b(?:said|says|told|tells|added|according|announced|confirmed)\b",
                      re.I)


def _homes(doc: Doc, index: dict[tuple[str, str], MergedPerson]
           ) -> list[tuple[MergedPerson, str, Citation]]:
    text = doc.article.text
    places = [(e.start, e.end) for e in doc.analysis.entities if e.label in _PLACE_LABELS]
    bodies = [(e.start, e.end) for e in doc.analysis.entities if e.label == "ORG"]
    out = []
    for person in doc.analysis.people:
        merged = index.get((doc.id, person.name))
        if merged is None or person.kind != "person":
            continue
        for m in person.mentions:
            hit = _HOME.match(text[m.end : m.end + 80])
            if not hit:
                continue
            start = m.end + hit.start("place")
            end = m.end + hit.end("place")
            if not any(s <= start < e or start <= s < end for s, e in places):
                continue
            if any(s < end and start < e for s, e in bodies):
                continue  # "Hollis of Dunmore Council": whom he works for, not his home
            out.append((merged, hit.group("place").strip(" .,"), doc.cite(m.sentence)))
    return out


def _is_place(doc: Doc, start: int, end: int) -> bool:
    return any(e.label in _PLACE_LABELS and e.start < end and start < e.end
               for e in doc.analysis.entities)


def _births(doc: Doc, index: dict[tuple[str, str], MergedPerson]
            ) -> list[tuple[MergedPerson, str, Citation]]:
    """(person, birthplace as written, citation) for each "born … in PLACE" the article
    ties to one named person."""
    text = doc.article.text
    mentions = sorted(
        ((m.start, m.end, merged) for p in doc.analysis.people if p.kind == "person"
         for m in p.mentions if (merged := index.get((doc.id, p.name))) is not None),
        key=lambda x: x[0])
    content = set(doc.content)
    out = []
    for s in doc.analysis.sentences:
        if s.index not in content:
            continue
        for hit in _BORN.finditer(text, s.start, s.end):
            start, end = hit.start("place"), hit.end("place")
            place = hit.group("place")
            if "," in place:  # "Nashville, Tennessee"; not "Boston, Smith …"
                head, tail = place.split(",", 1)
                tail_start = start + len(head) + 1 + (len(tail) - len(tail.lstrip()))
                if not _is_place(doc, tail_start, end):
                    place, end = head, start + len(head)
            if not _is_place(doc, start, end):
                continue
            born = hit.start("born")
            if hit.group("born") == "Born" and not text[s.start:born].strip():
                after = [m for m in mentions if end <= m[0] < s.end]
                person = after[0][2] if after else None
            else:
                before = [m for m in mentions
                          if s.start <= m[0] and m[1] <= born and born - m[1] <= _SUBJECT_GAP]
                person = before[-1][2] if before else None
                if before and _SOMEONE_ELSES.search(text[before[-1][1]:born]):
                    person = None  # "Hollis's son was born …", "Hollis, whose daughter …"
            if person is not None:
                out.append((person, place.strip(" .,"), doc.cite(s.index)))
    return out


def _captures(doc: Doc, index: dict[tuple[str, str], MergedPerson]
              ) -> list[tuple[MergedPerson, str, Citation]]:
    """(person, place as written, citation) where a sentence naming only that person tells
    of catching them somewhere."""
    named: dict[int, dict[str, MergedPerson]] = {}
    mentions: dict[tuple[int, str], list[Mention]] = {}
    for p in doc.analysis.people:
        merged = index.get((doc.id, p.name))
        if merged is not None and p.kind == "person":
            for m in p.mentions:
                named.setdefault(m.sentence, {})[merged.id] = merged
                mentions.setdefault((m.sentence, merged.id), []).append(m)
    places: dict[int, list[Entity]] = {}
    for e in doc.analysis.entities:
        if e.label in _PLACE_LABELS:
            places.setdefault(e.sentence, []).append(e)
    text = doc.article.text
    content = set(doc.content)
    out = []
    for s in doc.analysis.sentences:
        people = named.get(s.index, {})
        if s.index not in content or len(people) != 1 or s.index not in places:
            continue
        verb = _CAPTURE.search(text, s.start, s.end)
        if verb is None or _OTHERS_CAUGHT.match(text, verb.end()):
            continue
        person = next(iter(people.values()))
        first = min((m.start for m in mentions.get((s.index, person.id), [])), default=s.start)
        if first < verb.start() and _TELLING.search(text, first, verb.start()):
            continue
        for e in places[s.index]:
            if (e.start > verb.end()
                    and _AT_PLACE.search(text[max(s.start, e.start - 12):e.start])
                    and not _LATER_STEP.search(text, verb.end(), e.start)):
                out.append((person, e.text.strip(" .,"), doc.cite(s.index)))
    return out


def _named_elsewhere(places: dict[str, list[Citation]], docs: list[Doc]) -> bool:
    """Does an article giving one of the places name another of them anywhere?"""
    by_id = {d.id: d for d in docs}
    for place, cites in places.items():
        for other in places:
            word = re.compile(rf"\b{re.escape(fold(other))}\b")
            if other != place and any(word.search(by_id[c.article_id].folded_text)
                                      for c in cites if c.article_id in by_id):
                return True
    return False


def _same_place(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa == fb or fa in fb or fb in fa


def place_conflicts(docs: list[Doc], people: list[MergedPerson]) -> list[Discrepancy]:
    """Independent outlets giving one person different home places, birthplaces or places
    where they were caught."""
    index = person_index(people)
    out = []
    for reader, about, note in (
            (_homes, "where {} is from", "The outlets give {} different home places."),
            (_births, "where {} was born", "The outlets give {} different birthplaces."),
            (_captures, "where {} was caught",
             "The outlets say {} was caught in different places.")):
        by_person: dict[str, dict[str, list[Citation]]] = {}
        names: dict[str, str] = {}
        for doc in docs:
            if not doc.independent:
                continue
            for merged, place, cite in reader(doc, index):
                names[merged.id] = merged.name
                places = by_person.setdefault(merged.id, {})
                key = next((p for p in places if _same_place(p, place)), place)
                places.setdefault(key, []).append(cite)
        for pid, places in by_person.items():
            outlets = [{c.outlet for c in cites} for cites in places.values()]
            if len(places) < 2 or len(set().union(*outlets)) < 2 or (
                    reader is _captures and _named_elsewhere(places, docs)):
                continue
            out.append(Discrepancy(
                kind="place",
                about=about.format(names[pid]),
                values=[DiscrepancyValue(p, dedupe_citations(c)) for p, c in places.items()],
                note=note.format(names[pid]),
            ))
    return out
