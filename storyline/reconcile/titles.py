"""A person's title as each outlet gives it: "Inspector Dave Gaskin" vs "police spokesman
Dave Gaskin" for one merged person.

Only title nouns count (ranks and offices: inspector, spokesman, minister, senator…): the
rest of a role ("second climber to die…", "local") says nothing an outlet could get wrong.
Titles one outlet gives together ("Area Commander Inspector") are compatible; two groups of
titles no outlet ever gives together are a ``title`` discrepancy. A role marked as past
("former", "ex-", "then") is history, not a title to compare.
"""

from __future__ import annotations

import re

from .evidence import UnionFind, dedupe_citations
from .model import Citation, Discrepancy, DiscrepancyValue, MergedPerson
from .text import fold, wordset

# Ranks and offices: one person holds one of these (or a few, given together).
_TITLES = wordset(
    "inspector sergeant constable superintendent detective commissioner commander "
    "spokesman spokeswoman spokesperson minister secretary president chairman chairwoman "
    "chair ceo cfo coo cto director governor senator congressman congresswoman "
    "representative mayor "
    "judge justice magistrate general colonel lieutenant captain admiral ambassador "
    "envoy prosecutor attorney sheriff chancellor premier coach manager editor professor "
    "deputy mp councillor councilman councilwoman bishop archbishop"
)
# Spellings of one title.
_SAME_TITLE = {
    "spokeswoman": "spokesman", "spokesperson": "spokesman", "chairwoman": "chairman",
    "chair": "chairman", "congresswoman": "congressman",
    "councilman": "councillor", "councilwoman": "councillor", "insp": "inspector",
    "supt": "superintendent", "sgt": "sergeant", "gen": "general", "col": "colonel",
    "lt": "lieutenant", "capt": "captain", "sen": "senator",
    "gov": "governor", "det": "detective",
    "justice": "judge",  # a judge of a higher court is styled Justice ("Justice Vance")
}
# Titles that qualify another rather than name an office on their own ("deputy minister").
_QUALIFIERS = wordset("deputy")
_PAST = re.compile(r"\b(?:former|ex|then|onetime|one-time|retired|late|previous)\b")


def role_titles(text: str) -> frozenset[str]:
    """The title nouns of a role ("Police Inspector" -> {"inspector"}), past roles none."""
    folded = fold(text)
    if _PAST.search(folded):
        return frozenset()
    words = [_SAME_TITLE.get(w, w) for w in re.findall(r"[a-z]+", folded)]
    titles = {w for w in words if w in _TITLES or w in _SAME_TITLE.values()}
    return frozenset(titles - _QUALIFIERS)


def title_conflicts(people: list[MergedPerson]) -> list[Discrepancy]:
    """A ``title`` discrepancy per merged person whose outlets give unrelated titles."""
    out = []
    for person in people:
        if person.kind != "person" or len(person.outlets) < 2:
            continue
        disc = _person_titles(person)
        if disc is not None:
            out.append(disc)
    return out


def _person_titles(person: MergedPerson) -> Discrepancy | None:
    # Which titles each outlet gives, and where.
    by_outlet: dict[str, set[str]] = {}
    texts: dict[str, list[tuple[str, list[Citation], str]]] = {}
    for role in person.roles:
        for title in role_titles(role.text):
            for outlet in role.outlets:
                by_outlet.setdefault(outlet, set()).add(title)
                texts.setdefault(title, []).append((role.text, role.citations, outlet))
    titles = sorted({t for ts in by_outlet.values() for t in ts})
    if len(titles) < 2 or len(by_outlet) < 2:
        return None
    # Titles given together by one outlet are one description of the person.
    uf = UnionFind(len(titles))
    pos = {t: n for n, t in enumerate(titles)}
    for ts in by_outlet.values():
        first, *rest = sorted(ts)
        for t in rest:
            uf.union(pos[first], pos[t])
    groups: dict[int, list[str]] = {}
    for t in titles:
        groups.setdefault(uf.find(pos[t]), []).append(t)
    if len(groups) < 2:
        return None
    values: list[tuple[int, DiscrepancyValue]] = []
    for members in groups.values():
        roles = [r for t in members for r in texts[t]]
        outlets = {o for _, _, o in roles}
        text = max((r[0] for r in roles), key=lambda s: (sum(s == x[0] for x in roles), -len(s)))
        cites = dedupe_citations(c for _, cs, _ in roles for c in cs)
        values.append((len(outlets), DiscrepancyValue(text.strip(), cites)))
    values.sort(key=lambda v: -v[0])
    shown = " vs ".join(f'"{v.value}"' for _, v in values)
    return Discrepancy(
        kind="title",
        about=f"{person.name}'s title",
        values=[v for _, v in values],
        note=f"Outlets give {person.name} different titles: {shown}.",
    )
