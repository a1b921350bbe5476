"""One happening at two venues: "the leaders met at a VIP lounge of Harlow International
Airport" in one report and "the leaders met at the Harlow air base" in another.

The venue is a facility the tagger marks (FAC, or a name ending in a word for a facility:
airport, base, palace, hall, hotel, stadium…), or a capitalised name holding such a word
that the tagger missed ("Joint Base Elmendorf-Richardson", "Space Launch Complex 40"),
introduced by "at", "in", "inside" or "outside" (or by "from" after a verb of launching:
"lifted off from Launch Complex 39A"), possibly through a part of it ("at a VIP lounge of
…"), in one of the first ``venue_lead_sentences`` content sentences of an article, where a
report says what happened and where. Two independent outlets disagree on the venue when the
content word nearest one venue (no word of time) is among the words just before the other ("met" /
"met", "talks" / "met for talks"; a shared noun alone, "the president landed" / "the
president spoke", is two happenings), neither venue's name holds the other's or all its
words (hyphens and "the" aside: "the SAP-Arena" / "SAP Arena", "Harlow Airport" / "Harlow
International Airport": one venue at two precisions), neither is a part of a site against a
site ("Launch Complex 39A" / "Kennedy Space Center"), nor do they share a name word with only
one of them saying its kind ("Madison Square Garden" / "the Garden arena"; "Gimhae
International Airport" / "Gimhae Air Base" are two sites), and neither article names the other
venue anywhere (an arrival at one place and talks at another, told by one article, are two
happenings).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .evidence import Doc, dedupe_citations, outlet_pairs
from .model import Citation, Discrepancy, DiscrepancyValue
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .people import house_style
from .text import STOP_WORDS, fold, stem, wordset

# Not courts, hospitals, prisons or police stations: a story moves through several of them
# (a first hearing and a trial, a hospital and a transfer), one happening at each.
_FACILITY_HEADS = wordset(
    "airport airfield base palace hall hotel stadium arena centre center house embassy "
    "building tower port terminal"
)
_NAME_LABELS = frozenset({"ORG", "GPE", "LOC"})
# "at", "in the", "at a VIP lounge of the", "inside the main hall at": the words that lead
# to a venue (a part of it, up to three words, then "of" or "at").
_INTRO = re.compile(r"\b(?:at|in|inside|into|outside|from)\s+(?:(?:the|a|an)\s+)?"
                    r"(?:(?:[\w'’-]+\s+){0,3}(?:of|at)\s+(?:the\s+)?)?$", re.IGNORECASE)
_TIME_WORDS = wordset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday "
    "morning afternoon evening night week month year day hour minute am pm january "
    "february march april may june july august september october november december "
    "weeks months years days hours minutes seconds"  # "met for about 100 minutes in …"
)
# A facility's name the tagger missed ("Joint Base Elmendorf-Richardson"): a run of
# capitalised words holding one of these heads, outside every entity the tagger marked.
_UNTAGGED_HEADS = wordset("airport airfield base palace stadium arena complex pad "
                          "cosmodrome spaceport")
# A name's run of capitalised words, with a number or code closing it ("Launch Complex 39A").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4}"
                              r"(?:[ \t]+\d+[A-Z]?\b)?")
_PAD_HEADS = wordset("complex pad cosmodrome spaceport")
# A launch's site, led by "from" ("lifted off from Launch Complex 39A"): "from" leads to a
# venue only after a verb of launching somewhere in the clause before it.
_LAUNCH = re.compile(r"\b(?:launch(?:ed|es)?|lift(?:ed|s)? off|blast(?:ed|s)? off|took off|"
                     r"flew|flies|rose|soared|thunder(?:ed|s)? (?:away|off|into)|"
                     r"climb(?:ed|s)? away|"
                     r"roar(?:ed|s)? (?:away|off|into))\b", re.IGNORECASE)
_LAUNCH_LOOK_BACK = 120
_QUOTES = str.maketrans({"’": "'", "‘": "'"})
# Verbs of meeting, one happening however named ("met at …" / "gathered at …").
_MEETING = dict.fromkeys(wordset("met meet meets meeting gathered gather convened convene "
                                 "assembled huddled talks negotiations negotiators delegations "
                                 "delegation negotiating"), "met")
_BEFORE_WORDS = 6  # words before the venue's introduction that say what happened there
_LOOK_BACK = 60  # characters before the venue searched for its introduction


@dataclass(frozen=True)
class _Venue:
    doc: Doc
    sentence: int
    text: str
    key: str  # folded, hyphens as spaces, without "the"
    cues: frozenset[str]  # stems of the content words before it
    last: str | None = None  # the stem of the nearest: what happened there ("met", "landed")


def venue_key(text: str) -> str:
    """A venue's name compared: folded, punctuation and hyphens as spaces, no "the", one
    spelling for British and American forms ("Centre" / "Center")."""
    words = re.sub(r"[\W_]+", " ", fold(text)).split()
    return " ".join(house_style(w) for w in words).removeprefix("the ")


def _is_venue(label: str, text: str) -> bool:
    words = fold(text).split()
    if label in _NAME_LABELS and words[-2:] == ["force", "station"]:
        return True  # "Cape Canaveral Space Force Station" (a police station is no venue)
    return label == "FAC" or (label in _NAME_LABELS and bool(words)
                              and (words[-1] in _FACILITY_HEADS
                                   # "Joint Base Elmendorf-Richardson": the head first
                                   or any(w in _UNTAGGED_HEADS for w in words[:-1])))


def _untagged(doc: Doc, sentences: set[int]) -> list[tuple[int, int, str]]:
    """(sentence, start, text) of facility names the tagger left unmarked."""
    text = doc.article.text
    # (a name the tagger read as a person's but holding a facility's head is a facility:
    # "Vandenberg Space Force Base" tagged PERSON)
    tagged = [(e.start, e.end) for e in doc.analysis.entities if e.label != "PERSON"]
    out = []
    for s in doc.analysis.sentences:
        if s.index not in sentences:
            continue
        for m in _CAPITALISED_RUN.finditer(text, s.start, s.end):
            name = m.group(0).rstrip(".")  # "… from Vandenberg Space Force Base."
            words = fold(name).split()
            # the tagger splits a pad's name ("Space Launch" / "Complex 41"): read it whole
            if (any(w in _UNTAGGED_HEADS for w in words)
                    and (any(w in _PAD_HEADS for w in words)
                         or not any(a < m.end() and m.start() < b for a, b in tagged))):
                out.append((s.index, m.start(), name))
    return out


# A one-word venue the next words describe as a building or residence ("Rosenbad, the
# government offices in central Stockholm"; "Harpsund, the prime minister's country
# residence").
_DESCRIBED = re.compile(
    r"\b(?:at|into|inside|in)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:the|a|an)"
    r"\s+[^,.;]{0,50}?\b(?:residence|offices|mansion|villa|estate|palace|house|headquarters|"
    r"building|hotel|hall|retreat|château|chateau|manor)\b")


def _described(doc: Doc, sentences: set[int]) -> list[tuple[int, int, str]]:
    """(sentence, start, text) of venues named by an apposition saying what they are."""
    text = doc.article.text
    return [(s.index, m.start("name"), m.group("name")) for s in doc.analysis.sentences
            if s.index in sentences
            for m in _DESCRIBED.finditer(text, s.start, s.end)]


def _venues(doc: Doc, lead: int) -> list[_Venue]:
    sentences = set(doc.content[:lead])
    text = doc.article.text
    out = []
    spans = [(e.sentence, e.start, e.text) for e in doc.analysis.entities
             if e.sentence in sentences and _is_venue(e.label, e.text)]
    seen = {start for _, start, _ in spans}
    described = [x for x in _described(doc, sentences) if x[1] not in seen]
    for sentence, start, name in spans + _untagged(doc, sentences) + described:
        s = doc.sentence(sentence)
        if s is None:
            continue
        window = text[max(s.start, start - _LOOK_BACK):start]
        intro = _INTRO.search(window)
        if intro is None:
            continue
        before = text[s.start:start - len(window) + intro.start()]
        if intro.group(0).lower().startswith("from"):
            if not _LAUNCH.search(before[-_LAUNCH_LOOK_BACK:]):
                continue  # "delegates from …", "a letter from …": no venue
            kept = ["launched"]  # however told, the launch happened there
        else:
            # Lower-case words only: a name ("Lohan checked in at …") says who, not what.
            words = re.findall(r"[A-Za-z]+", before.translate(_QUOTES))[-_BEFORE_WORDS:]
            kept = [_MEETING.get(w) or stem(w) for w in words if w.islower() and len(w) > 2
                    and w not in STOP_WORDS and w not in _TIME_WORDS]
        out.append(_Venue(doc, sentence, name.strip(" .,"), venue_key(name),
                          frozenset(kept), kept[-1] if kept else None))
    return out


# Words naming a part of a site ("Launch Complex 39A", "Terminal 5", "the East Room"): a
# part may lie inside the other outlet's site ("Kennedy Space Center").
_PART_WORDS = wordset("complex pad room lounge terminal gate wing runway hangar suite "
                      "ballroom chamber floor")
# Words that say what kind of place a name is, not which one.
_KIND_WORDS = _FACILITY_HEADS | wordset("international national air force military naval "
                                        "army joint royal state federal city launch space "
                                        "complex pad station spaceport cosmodrome "
                                        "satellite test range flight")


def _one_venue(a: str, b: str) -> bool:
    """One venue at two precisions: one name inside the other, or all the words of one in
    the other ("Harlow Airport" / "Harlow International Airport"); a part of a site against
    a site ("Launch Complex 39A" / "Kennedy Space Center"); or one name word shared where
    only one name says its kind ("Madison Square Garden" / "the Garden arena"; "Gimhae
    International Airport" / "Gimhae Air Base" are two sites)."""
    wa, wb = set(a.split()), set(b.split())
    if a in b or b in a or wa <= wb or wb <= wa:
        return True
    if bool(wa & _PART_WORDS) != bool(wb & _PART_WORDS):
        return True
    ha, hb = wa & _FACILITY_HEADS, wb & _FACILITY_HEADS
    named = (wa - _KIND_WORDS - STOP_WORDS) & (wb - _KIND_WORDS - STOP_WORDS)
    return bool(named) and not (ha and hb and not ha & hb)


def _one_happening(a: _Venue, b: _Venue) -> bool:
    """The word nearest one venue, what happened there, is among the other's words: "the
    leaders met at …" / "the two met for talks at …"; a shared noun alone ("the president
    landed at …" / "the president spoke at …") tells of two happenings."""
    return (a.last is not None and a.last in b.cues) or (b.last is not None and b.last in a.cues)


def venue_conflicts(docs: list[Doc], options: ReconcileOptions = DEFAULT_OPTIONS
                    ) -> list[Discrepancy]:
    """Independent outlets putting one happening at different venues."""
    held = {d.order: _venues(d, options.venue_lead_sentences) for d in docs if d.independent}
    texts: dict[int, str] = {}

    def names(doc: Doc, key: str) -> bool:
        if doc.order not in texts:
            texts[doc.order] = f" {venue_key(doc.article.text)} "
        return f" {key} " in texts[doc.order]

    found: dict[int, dict[str, list[Citation]]] = defaultdict(dict)
    group: dict[str, int] = {}  # venue key -> its group: venues told for one happening
    shown: dict[str, str] = {}  # venue key -> the name as first written
    for da, db in outlet_pairs(docs):
        for va in held.get(da.order, []):
            for vb in held.get(db.order, []):
                if (_one_venue(va.key, vb.key) or not _one_happening(va, vb)
                        or names(da, vb.key) or names(db, va.key)):
                    continue
                n = group.get(va.key, group.get(vb.key, len(group)))
                group.setdefault(va.key, n)
                group.setdefault(vb.key, n)
                for v, d in ((va, da), (vb, db)):
                    shown.setdefault(v.key, v.text)  # one venue's spellings shown once
                    found[n].setdefault(v.key, []).append(d.cite(v.sentence))
    out = []
    for values in found.values():
        out.append(Discrepancy(
            kind="place",
            about="where it happened",
            values=[DiscrepancyValue(shown[k], dedupe_citations(c)) for k, c in values.items()],
            note="The outlets put the happening at different venues.",
        ))
    return out
