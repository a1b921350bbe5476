"""Claims: the story's content sentences grouped by what they state, and how they stand.

Sentences are compared by TF-IDF cosine (fitted on the story), raised when they share
numbers or named entities, and grouped by average-linkage clustering. A claim made by two or
more independent outlets is corroborated; by one (however many near-copies repeat it) it is
single-source; a claim whose sentences carry a figure or date discrepancy is conflicting.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict

import numpy as np
from scipy import sparse
from sklearn.cluster import AgglomerativeClustering

from .evidence import Doc, dedupe_citations, independent_outlets, outlets_of
from .model import (
    CONFLICTING,
    CORROBORATED,
    SINGLE_SOURCE,
    Claim,
    Discrepancy,
    DiscrepancyValue,
)
from .space import SentenceSpace
from .text import STOP_WORDS, fold, numbers, tokens

log = logging.getLogger(__name__)

CLAIM_SIMILARITY = 0.3  # average-linkage cosine needed to call two sentences one claim
_SAME_ARTICLE = 0.6  # a repeat within one article is weaker evidence of one claim
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"}

# (doc order, sentence index) -> claim id
ClaimIndex = dict[tuple[int, int], str]


def _entity_sets(doc: Doc) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    for e in doc.analysis.entities:
        if e.label in _ENTITY_LABELS:
            out[e.sentence].add(fold(e.text).removeprefix("the "))
    return out


def _indicator(sets: list[set[str]]) -> sparse.csr_matrix:
    """Rows: units; columns: the distinct strings; 1 where a unit has the string."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for r, items in enumerate(sets):
        for item in items:
            rows.append(r)
            cols.append(vocab.setdefault(item, len(vocab)))
    data = np.ones(len(rows), dtype=np.float32)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(sets), max(1, len(vocab))))


def claim_similarity(docs: list[Doc], space: SentenceSpace
                     ) -> tuple[list[tuple[Doc, int]], np.ndarray]:
    """The content sentences and their pairwise claim similarity."""
    units = [(d, i) for d in docs for i in d.content]
    if not units:
        return units, np.zeros((0, 0))
    rows = [space.row[(d.order, i)] for d, i in units]
    sim = space.matrix[np.ix_(rows, rows)].astype(np.float64)
    ents = {d.order: _entity_sets(d) for d in docs}
    nums = _indicator([numbers(d.sentence_text(i)) for d, i in units])
    names = _indicator([ents[d.order].get(i, set()) for d, i in units])
    shared_nums = (nums @ nums.T).toarray()
    shared_names = (names @ names.T).toarray()
    # Specific details shared by two sentences (numbers, names, places) raise a weak match.
    bonus = np.minimum(0.2, 0.1 * shared_nums) + np.minimum(0.15, 0.05 * shared_names)
    sim = np.where(sim >= 0.1, np.minimum(1.0, sim + bonus), sim)
    order = np.array([d.order for d, _ in units])
    same_article = order[:, None] == order[None, :]
    sim = np.where(same_article, sim * _SAME_ARTICLE, sim)
    np.fill_diagonal(sim, 1.0)
    return units, sim


def cluster_claims(docs: list[Doc], space: SentenceSpace,
                   threshold: float = CLAIM_SIMILARITY) -> tuple[list[Claim], ClaimIndex]:
    units, sim = claim_similarity(docs, space)
    if not units:
        return [], {}
    if len(units) == 1:
        labels = np.zeros(1, dtype=int)
    else:
        model = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average",
            distance_threshold=1.0 - threshold,
        )
        labels = model.fit_predict(np.clip(1.0 - sim, 0.0, None))
    groups: dict[int, list[int]] = defaultdict(list)
    for u, label in enumerate(labels):
        groups[int(label)].append(u)
    n = len(units)
    centrality = (sim.sum(axis=1) - 1.0) / max(1, n - 1)
    claims: list[Claim] = []
    index: ClaimIndex = {}
    ordered = sorted(groups.values(), key=lambda g: min((units[u][0].order, units[u][1])
                                                        for u in g))
    for k, members in enumerate(ordered, 1):
        cid = f"c{k}"
        mdocs = [units[u][0] for u in members]
        # Representative: the member most like the others, then the earliest.
        rep = max(members, key=lambda u: (sum(sim[u, v] for v in members),
                                          -units[u][0].position(units[u][1])))
        rdoc, ridx = units[rep]
        indep = independent_outlets(mdocs)
        members.sort(key=lambda u: (units[u][0].order, units[u][1]))
        claims.append(Claim(
            id=cid,
            text=rdoc.sentence_text(ridx),
            status=CORROBORATED if len(indep) >= 2 else SINGLE_SOURCE,
            outlets=outlets_of(mdocs),
            independent_outlets=len(indep),
            copies=sum(1 for d in mdocs if not d.independent),
            position=min(d.position(i) for d, i in (units[u] for u in members)),
            centrality=float(centrality[rep]),
            citations=dedupe_citations(units[u][0].cite(units[u][1]) for u in members),
        ))
        for u in members:
            index[(units[u][0].order, units[u][1])] = cid
    log.debug("%d content sentences -> %d claims", n, len(claims))
    return claims, index


def mark_conflicts(claims: list[Claim], discrepancies: list[Discrepancy]) -> None:
    """A claim is conflicting when a figure or date discrepancy has values in its sentences
    from different outlets."""
    where: dict[tuple[str, int], str] = {}
    for c in claims:
        for cit in c.citations:
            where[(cit.article_id, cit.sentence_index)] = c.id
    for d in discrepancies:
        if d.kind not in ("figure", "date", "claim"):
            continue
        hits: dict[str, set[str]] = defaultdict(set)  # claim id -> values found in it
        for v in d.values:
            for cit in v.citations:
                cid = where.get((cit.article_id, cit.sentence_index))
                if cid:
                    hits[cid].add(v.value)
        for c in claims:
            if len(hits.get(c.id, ())) >= 2:
                c.status = CONFLICTING


_NEGATION = re.compile(r"\b(not|never|no longer|denied|denies|deny|refused to|rejected)\b|n't\b")
_NEGATION_SIMILARITY = 0.45


def _negates_shared_words(negated: str, plain: str) -> bool:
    """The negation sits among words both sentences share, in sentences of like length."""
    na, pl = tokens(negated), tokens(plain)
    if not na or not pl or max(len(na), len(pl)) > 1.6 * min(len(na), len(pl)):
        return False
    shared = set(pl)
    for i, tok in enumerate(na):
        if _NEGATION.fullmatch(tok) or tok.endswith("n't"):
            near = [t for t in na[max(0, i - 3) : i + 4] if t != tok and t not in STOP_WORDS]
            if len(near) >= 2 and sum(t in shared for t in near) >= max(2, len(near) - 1):
                return True
    return False


def negation_conflicts(docs: list[Doc], space: SentenceSpace,
                       claims: list[Claim]) -> list[Discrepancy]:
    """Near-identical sentences of two outlets, one of them negated: a ``claim`` conflict."""
    by_id = {d.id: d for d in docs}
    out: list[Discrepancy] = []
    for c in claims:
        if len(c.outlets) < 2:
            continue
        cites = [x for x in c.citations if x.article_id in by_id]
        found = None
        for n, a in enumerate(cites):
            for b in cites[n + 1 :]:
                if a.outlet == b.outlet:
                    continue
                neg_a = bool(_NEGATION.search(fold(a.sentence)))
                neg_b = bool(_NEGATION.search(fold(b.sentence)))
                if neg_a == neg_b:
                    continue
                negated, plain = (a, b) if neg_a else (b, a)
                if not _negates_shared_words(negated.sentence, plain.sentence):
                    continue
                da, db = by_id[a.article_id], by_id[b.article_id]
                if space.sim(da, a.sentence_index, db, b.sentence_index) >= _NEGATION_SIMILARITY:
                    found = (a, b)
                    break
            if found:
                break
        if found:
            a, b = found
            out.append(Discrepancy(
                kind="claim",
                about=c.text if len(c.text) <= 120 else c.text[:117] + "...",
                values=[DiscrepancyValue(a.sentence, [a]), DiscrepancyValue(b.sentence, [b])],
                note=f"{a.outlet} and {b.outlet} report this the opposite way: one of the "
                     "two sentences is negated.",
            ))
    return out
