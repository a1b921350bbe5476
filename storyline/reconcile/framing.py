"""Framing: how outlets present who did what ("led by X and Y" vs "represented by X").

Each content sentence is scanned for attribution cues; the merged people mentioned in the
clause after a cue take that cue's frame. When outlets give one person different frames (one
says the person led, another that the person was one of those representing a side), that is
a ``framing`` discrepancy, with the clauses as values (a side "represented by" one person
alone is led by that person). Being listed among a group ("including X", "joined by X") does
not deny leading it: such frames are set against "led" only with
``ReconcileOptions.framing_members``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .evidence import Doc
from .model import Citation, Discrepancy, DiscrepancyValue, MergedPerson
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .people import person_index

_CUES = re.compile(
    r"\b(led by|headed by|chaired by|spearheaded by|represented by|including|included|"
    r"joined by|accompanied by|alongside)\b",
    re.I,
)
_FRAME = {
    "led by": "led", "headed by": "led", "chaired by": "led", "spearheaded by": "led",
    "represented by": "represented", "including": "included", "included": "included",
    "joined by": "included", "accompanied by": "included", "alongside": "included",
}


@dataclass
class _Framed:
    frame: str
    clause: str
    people: list[str]  # merged ids in the clause
    citation: Citation
    outlet: str


def _framed(docs: list[Doc], people: list[MergedPerson]) -> list[_Framed]:
    index = person_index(people)
    by_id = {p.id: p for p in people}
    out: list[_Framed] = []
    for d in docs:
        mentions: list[tuple[int, str]] = []
        for p in d.analysis.people:
            merged = index.get((d.id, p.name))
            if merged and merged.kind == "person":
                mentions.extend((m.start, merged.id) for m in p.mentions)
        for i in d.content:
            s = d.analysis.sentences[i]
            text = d.article.text[s.start : s.end]
            cues = list(_CUES.finditer(text))
            for k, cue in enumerate(cues):
                end = cues[k + 1].start() if k + 1 < len(cues) else len(text)
                lo, hi = s.start + cue.end(), s.start + end
                ids = list(dict.fromkeys(pid for pos, pid in sorted(mentions) if lo <= pos < hi))
                if not ids:
                    continue
                names = ", ".join(by_id[pid].name for pid in ids)
                frame = _FRAME[cue.group(1).lower()]
                if frame == "represented" and len(ids) == 1:
                    frame = "led"  # a side represented by one person is led by that person
                out.append(_Framed(frame, f"{cue.group(1)} {names}",
                                   ids, d.cite(i), d.outlet))
    return out


def framing_discrepancies(docs: list[Doc], people: list[MergedPerson],
                          options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
    framed = [f for f in _framed(docs, people)
              if options.framing_members or f.frame != "included"]
    frames_of: dict[str, dict[str, list[_Framed]]] = defaultdict(lambda: defaultdict(list))
    for f in framed:
        for pid in f.people:
            frames_of[pid][f.frame].append(f)
    by_id = {p.id: p for p in people}
    out: list[Discrepancy] = []
    reported: set[tuple[int, ...]] = set()
    for pid, frames in frames_of.items():
        if "led" not in frames or len(frames) < 2:
            continue
        led_outlets = {f.outlet for f in frames["led"]}
        others = [f for frame, fs in frames.items() if frame != "led" for f in fs
                  if f.outlet not in led_outlets]
        if not others:
            continue  # one outlet framing a person two ways is not a disagreement
        chosen = [frames["led"][0], *others[:2]]
        key = tuple(sorted(id(f) for f in chosen))
        if key in reported:
            continue
        reported.add(key)
        name = by_id[pid].name
        out.append(Discrepancy(
            kind="framing",
            about=f"the role of {name}",
            values=[DiscrepancyValue(f.clause, [f.citation]) for f in chosen],
            note=f"{chosen[0].outlet} says {name} led; "
                 + "; ".join(f"{f.outlet} says {name} {f.frame}" for f in others[:2])
                 + ".",
        ))
    return out
