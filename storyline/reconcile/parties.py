"""A person's party as each outlet gives it (issue 11, recall: elections).

"Ana Lúcia Ferraz (PSD) will be the next mayor" / "Ana Lúcia Ferraz (MDB) was elected";
"Ferraz of the centrist Social Democratic Party (PSD)"; "Sen. Tom Reyes (D-Ariz.)" /
"Sen. Tom Reyes (R-Ariz.)"; "Okoro, a Democrat" / "Okoro, an independent". A party is
read right after a person's name: letters in parentheses (two to five capitals, or a US
party's initial before a state, read as its name), "of the … Party", or ", a Democrat".
Each outlet's one party for a merged person; two outlets' parties of one person that
differ, both as initials or both as names ("PL" may be the "Liberal Party"'s initials in
another language), disagree, unless either article names the other's party anywhere (a
coalition, a party that endorsed the candidate, a former party).
"""

from __future__ import annotations

import re
from collections import defaultdict

from .evidence import Doc, outlet_pairs, two_outlets
from .model import Discrepancy, MergedPerson
from .people import person_index

# "(PSD)", "(D-Calif.)": right after the name.
_ABBR = re.compile(r"\s*\((?:(?P<us>[DRI])-[A-Z][\w.]*|(?P<abbr>[A-Z]{2,5}))\)")
# ", of the centrist Social Democratic Party (PSD)"
# ", a Democrat", ", an independent": a US-style party word in apposition
_A_PARTY = re.compile(r",\s+an?\s+(?:[a-z-]+\s+)?(?P<party>Democrat|Republican|[Ii]ndependent|"
                      r"Conservative|Labour|Liberal Democrat|Green|Socialist)\b")
_US = {"D": "Democrat", "R": "Republican", "I": "Independent"}
_OF_PARTY = re.compile(r",?\s+(?:of|from)\s+the\s+(?:[a-z-]+\s+){0,2}"
                       r"(?P<party>(?:[A-Z][\w'’-]+\s+){1,4}Party)(?:\s+\((?P<abbr>[A-Z]{2,5})\))?")


def _parties(doc: Doc, people: list[MergedPerson]) -> dict[str, list[tuple[str, int]]]:
    """Merged person's name -> (party as written, sentence) for each party given after a
    mention of them in the article."""
    index = person_index(people)
    text = doc.article.text
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for person in doc.analysis.people:
        merged = index.get((doc.id, person.name))
        if person.kind != "person" or merged is None:
            continue
        for m in person.mentions:
            if m.sentence not in doc.content:
                continue
            abbr = _ABBR.match(text, m.end)
            of = _OF_PARTY.match(text, m.end) if abbr is None else None
            a_party = _A_PARTY.match(text, m.end) if abbr is None and of is None else None
            if abbr is not None:
                value = _US.get(abbr.group("us") or "", abbr.group("abbr") or "")
            elif of is not None:
                value = of.group("abbr") or of.group("party")
            elif a_party is not None:
                value = a_party.group("party").capitalize().replace(
                    "Liberal democrat", "Liberal Democrat")
            else:
                continue
            out[merged.name].append((value, m.sentence))
    return out


def party_conflicts(docs: list[Doc], people: list[MergedPerson]) -> list[Discrepancy]:
    """Two outlets giving one person different parties; see the module's rules."""
    told = {d.order: _parties(d, people) for d in docs if d.independent}
    out: list[Discrepancy] = []
    seen: set[str] = set()
    for da, db in outlet_pairs(docs):
        pa, pb = told.get(da.order, {}), told.get(db.order, {})
        for name in sorted(pa.keys() & pb.keys()):
            va, vb = {v for v, _ in pa[name]}, {v for v, _ in pb[name]}
            if name in seen or len(va) != 1 or len(vb) != 1 or va == vb:
                continue
            (a, ia), (b, ib) = pa[name][0], pb[name][0]
            if a.endswith("Party") != b.endswith("Party") or a.isupper() != b.isupper():
                continue  # "PL" / "Liberal Party": initials of another language, maybe one
            if _names(db, a) or _names(da, b):
                continue  # the other's party named too: an endorsement, a coalition, a past
            seen.add(name)
            out.append(two_outlets("name", f"{name}'s party", (da, ia, a), (db, ib, b),
                                   f"Outlets give {name} different parties: {a} vs {b}."))
    return out


def _names(doc: Doc, party: str) -> bool:
    """Does the article name the party anywhere (as written, or a US party by its initial
    in parentheses)?"""
    initial = next((k for k, v in _US.items() if v == party), None)
    if initial is not None and re.search(rf"\({initial}-", doc.article.text):
        return True
    return re.search(rf"\b{re.escape(party)}\b", doc.article.text, re.IGNORECASE) is not None
