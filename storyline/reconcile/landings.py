"""Where a flight's part came down, as each outlet says it (issue 11, recall: rocket test
flights).

"The upper stage … splashing down in the Indian Ocean about 66 minutes after launch" /
"The upper stage landed in the Pacific, south of Hawaii": one stage's end, placed in two
oceans, in sentences too unlike for ``place_slots``. A sentence naming one part of the
vehicle (the booster or first stage; the upper stage, ship, capsule or spacecraft) with a
verb of coming down (splashed down, came down, landed, touched down, crashed, fell, sank,
re-entered) and after it a body of water the tagger marks (an ocean, a sea, a gulf, a bay:
"the Indian Ocean", "the Pacific") introduced by "in", "into", "on", "off" or "near" gives
where that part came down; a coast or a state ("off Florida", "in Texas") is where the
flight started or passed, too often for a place of its own. An article giving one such
place for a part gives the story's; two outlets' places of one part disagree unless one
name holds the other's words ("the Gulf" / "the Gulf of Mexico"), the two are one water's
names ("the Gulf of America"), or either article names the other's place anywhere (a
flight over both, a plan and its outcome).
"""

from __future__ import annotations

import re

from .evidence import Doc, outlet_pairs, two_outlets
from .model import Discrepancy
from .statements import names_place, place_words

# The part each sentence tells of; a sentence naming both tells neither alone.
_PARTS = (("booster", re.compile(r"\b(?:booster|first[\s-]stage|super heavy)\b", re.I)),
          ("upper stage", re.compile(r"\b(?:upper|second)[\s-]stage\b|\b(?:the|its)\s+ship\b|"
                                     r"\bstarship\b|\bcapsule\b|\bspacecraft\b", re.I)))
_DOWN = re.compile(r"\b(?:splash(?:ed|es|ing)?\s+down|splashdown|c(?:a|o)me?s?\s+down|"
                   r"coming\s+down|land(?:ed|s|ing)|touch(?:ed|es|ing)\s+down|crash(?:ed|es|"
                   r"ing)|f(?:e|a)ll(?:s|ing)?|sank|sinking|re-?entered)\b", re.I)
_BEFORE_PLACE = re.compile(r"\b(?:in|into|on|off|near)\s+(?:the\s+(?:coast\s+of\s+)?)?$", re.I)
# Waters a stage comes down in: an ocean's or sea's name, with or without its kind.
_WATER = re.compile(r"\b(?:ocean|sea|gulf|bay|strait|channel|pacific|atlantic|indian|arctic)\b",
                    re.IGNORECASE)
# One water, two names.
_SAME_WATER = (frozenset({"gulf of mexico", "gulf of america"}),)


def _came_down(doc: Doc) -> dict[str, list[tuple[str, int]]]:
    """Part -> (place, sentence) of each place the article says the part came down in."""
    out: dict[str, list[tuple[str, int]]] = {}
    text = doc.article.text
    for e in doc.analysis.entities:
        if e.label != "LOC" or not _WATER.search(e.text) or e.sentence not in doc.content:
            continue
        s = doc.sentence(e.sentence)
        if s is None:
            continue
        head = text[s.start:e.start]
        parts = [name for name, pattern in _PARTS if pattern.search(text, s.start, s.end)]
        verb = list(_DOWN.finditer(head))
        if len(parts) != 1 or not verb or not _BEFORE_PLACE.search(head[-40:]):
            continue
        if _PARTS[0][1].search(head[verb[-1].end():]) or ";" in head[verb[-1].end():]:
            continue  # the place is of another clause
        out.setdefault(parts[0], []).append((e.text.strip(), e.sentence))
    return out




def landing_conflicts(docs: list[Doc]) -> list[Discrepancy]:
    """Two outlets placing one part's coming down in places that do not hold each other."""
    told = {d.order: _came_down(d) for d in docs if d.independent and not d.language}
    out: list[Discrepancy] = []
    reported: set[str] = set()
    for da, db in outlet_pairs(docs):
        for part in ("booster", "upper stage"):
            xs, ys = told.get(da.order, {}).get(part, []), told.get(db.order, {}).get(part, [])
            if part in reported or len({p for p, _ in xs}) != 1 or len({p for p, _ in ys}) != 1:
                continue
            (pa, sa), (pb, sb) = xs[0], ys[0]
            wa, wb = set(place_words(pa)), set(place_words(pb))
            if (not wa or not wb or wa <= wb or wb <= wa or names_place(da, pb)
                    or names_place(db, pa)):
                continue
            named = frozenset({" ".join(sorted(wa)), " ".join(sorted(wb))})
            if any(named == frozenset(" ".join(sorted(n.split())) for n in pair)
                   for pair in _SAME_WATER):
                continue
            reported.add(part)
            out.append(two_outlets("place", f"where the {part} came down", (da, sa, pa),
                                   (db, sb, pb),
                                   f"Outlets place where the {part} came down differently: "
                                   f"{pa} vs {pb}."))
    return out
