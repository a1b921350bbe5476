"""Claims: the story's content sentences grouped by what they state, and how they stand.

Sentences are compared by TF-IDF cosine (fitted on the story), raised when they share
numbers or named entities, and grouped by average-linkage clustering. A claim made by two or
more independent outlets is corroborated; by one (however many near-copies repeat it) it is
single-source; a claim whose sentences carry a figure or date discrepancy is conflicting.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from .evidence import Doc, dedupe_citations, independent_outlets, outlets_of
from .model import (
    CONFLICTING,
    CORROBORATED,
    SINGLE_SOURCE,
    Claim,
    ClaimDetail,
    Discrepancy,
    DiscrepancyValue,
    MergedPerson,
)
from .options import DEFAULT_OPTIONS, ReconcileOptions
from .space import SentenceSpace
from .text import STOP_WORDS, clip, content_words, fold, numbers, tokens, wordset

log = logging.getLogger(__name__)

CLAIM_SIMILARITY = DEFAULT_OPTIONS.claim_similarity  # kept for callers; see ReconcileOptions
_AGGLOMERATIVE_LIMIT = 5000  # content sentences
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


def claim_similarity(docs: list[Doc], space: SentenceSpace,
                     options: ReconcileOptions = DEFAULT_OPTIONS,
                     ) -> tuple[list[tuple[Doc, int]], np.ndarray]:
    """The content sentences and their pairwise claim similarity."""
    units = [(d, i) for d in docs for i in d.content]
    if not units:
        return units, np.zeros((0, 0))
    rows = [space.row[(d.order, i)] for d, i in units]
    sim = space.block(rows)
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
    sim = np.where(same_article, sim * options.same_article_weight, sim)
    np.fill_diagonal(sim, 1.0)
    return units, sim


def average_linkage(dist: np.ndarray, threshold: float) -> np.ndarray:
    """Cluster labels by average linkage: the two closest clusters (mean pairwise distance)
    merge while closer than ``threshold``. The same partition as scikit-learn's
    ``AgglomerativeClustering(linkage="average", distance_threshold=threshold)``, whose
    import alone costs a brief more than a second. Keeps each row's nearest cluster, so a
    merge costs O(n) plus the rows whose nearest cluster was one of the two merged."""
    n = dist.shape[0]
    labels = np.arange(n)
    if n < 2:
        return labels
    d = np.array(dist, dtype=np.float64)
    np.fill_diagonal(d, np.inf)
    size = np.ones(n)
    near = d.argmin(axis=1)
    best = d[np.arange(n), near]
    while True:
        i = int(best.argmin())
        if not best[i] < threshold:
            return labels
        j = int(near[i])
        merged = (size[i] * d[i] + size[j] * d[j]) / (size[i] + size[j])
        d[i], d[:, i] = merged, merged
        d[i, i] = np.inf
        d[j], d[:, j] = np.inf, np.inf
        size[i] += size[j]
        labels[labels == j] = i
        # Average distances to the merged cluster lie between the old two, so only rows
        # whose nearest was i or j (and i itself) need their nearest found again.
        stale = np.flatnonzero((near == i) | (near == j))
        near[stale] = d[stale].argmin(axis=1)
        best[stale] = d[stale, near[stale]]
        best[j] = np.inf


def cluster_claims(docs: list[Doc], space: SentenceSpace,
                   threshold: float | None = None,
                   options: ReconcileOptions = DEFAULT_OPTIONS) -> tuple[list[Claim], ClaimIndex]:
    threshold = options.claim_similarity if threshold is None else threshold
    units, sim = claim_similarity(docs, space, options)
    if not units:
        return [], {}
    if len(units) == 1:
        labels = np.zeros(1, dtype=int)
    elif len(units) > _AGGLOMERATIVE_LIMIT:
        # Very large stories: link pairs above a stricter bar and take connected groups
        # (average linkage is quadratic in memory and slower than it is worth here).
        from scipy.sparse.csgraph import connected_components  # half a second: only here

        graph = sparse.csr_matrix(sim >= threshold + 0.15)
        _, labels = connected_components(graph, directed=False)
    else:
        labels = average_linkage(np.clip(1.0 - sim, 0.0, None), 1.0 - threshold)
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
    close = corroborate_close(claims, units, sim, index, options)
    log.debug("%d content sentences -> %d claims (%d lone ones told by another outlet too)",
              n, len(claims), close)
    return claims, index


def corroborate_close(claims: list[Claim], units: list[tuple[Doc, int]], sim: np.ndarray,
                      index: ClaimIndex, options: ReconcileOptions = DEFAULT_OPTIONS) -> int:
    """A single-source claim whose sentence another independent outlet words closely is
    corroborated, citing that sentence. Closely: the pair alike, most of what the lone
    sentence says beside names and numbers said in the other, and the numbers of one all
    given by the other (one may add a time; "eight passes for 66 yards" is not "52 passes
    for 440"). Average linkage keeps such a sentence apart when the other outlet's sentence
    sits in a claim the lone one is not like as a whole ("He looked outside to see the
    street cordoned off" / "A neighbour said he looked outside at 4:20 p.m. to see the
    street cordoned off")."""
    by_id = {c.id: c for c in claims}
    words = [_predicate_words(d, i) for d, i in units]
    changed = 0
    for u, (doc, i) in enumerate(units):
        claim = by_id[index[(doc.order, i)]]
        if (claim.status != SINGLE_SOURCE or not doc.independent
                or len(words[u]) < options.close_min_words):
            continue
        others = [v for v, (d, _) in enumerate(units)
                  if d.independent and d.outlet not in claim.outlets]
        if not others:
            continue
        v = max(others, key=lambda x: sim[u, x])
        shared = len(words[u] & words[v]) / len(words[u])
        if sim[u, v] < options.close_similarity or shared < options.close_share:
            continue
        other, j = units[v]
        mine, theirs = numbers(doc.sentence_text(i)), numbers(other.sentence_text(j))
        if not (mine <= theirs or theirs <= mine):
            continue
        claim.status = CORROBORATED
        claim.outlets = [*claim.outlets, other.outlet]
        claim.independent_outlets += 1
        claim.citations = dedupe_citations([*claim.citations, other.cite(j)])
        changed += 1
    return changed


def _predicate_words(doc: Doc, index: int) -> set[str]:
    """A sentence's content words that are not names or numbers: what it says happened or
    holds, which two sentences that merely name the same people and figures do not share."""
    names: set[str] = set()
    for e in doc.analysis.entities:
        if e.sentence == index:
            names |= content_words(e.text)
    return {w for w in content_words(doc.sentence_text(index))
            if w not in names and not w[:1].isdigit()}


def corroborate_contained(claims: list[Claim], docs: list[Doc],
                          options: ReconcileOptions = DEFAULT_OPTIONS) -> int:
    """A single-source claim whose words another outlet's sentence also says ("Fifa rejected
    the club's appeal" inside a longer sentence) is corroborated, not one outlet's alone."""
    independent = {d.outlet for d in docs if d.independent}
    words = [content_words(c.text) for c in claims]
    changed = 0
    for i, c in enumerate(claims):
        if c.status != SINGLE_SOURCE or len(words[i]) < options.contained_min_words:
            continue
        for j, o in enumerate(claims):
            extra = [x for x in o.outlets if x not in c.outlets and x in independent]
            if i == j or not extra:
                continue
            if len(words[i] & words[j]) / len(words[i]) >= options.contained_share:
                c.status = CORROBORATED
                c.outlets = [*c.outlets, *extra]
                c.independent_outlets = len({x for x in c.outlets if x in independent})
                # cite the sentence that says the words (the other claim's representative)
                said = [x for x in o.citations if x.sentence == o.text] or o.citations[:1]
                c.citations = dedupe_citations([*c.citations, *said[:1]])
                changed += 1
                break
    return changed


def mark_conflicts(claims: list[Claim], discrepancies: list[Discrepancy]) -> None:
    """A claim is conflicting when its sentences carry one side of a figure, date or claim
    discrepancy: another outlet gives it otherwise."""
    where: dict[tuple[str, int], Claim] = {}
    for c in claims:
        for cit in c.citations:
            where[(cit.article_id, cit.sentence_index)] = c
    for d in discrepancies:
        if d.kind not in ("figure", "date", "claim") or len(d.values) < 2:
            continue
        for v in d.values:
            for cit in v.citations:
                claim = where.get((cit.article_id, cit.sentence_index))
                if claim is not None:
                    claim.status = CONFLICTING


_NEGATION = re.compile(r"\b(not|cannot|never|no longer|denied|denies|deny|refused to|rejected)\b"
                       r"|n't\b"
                       r"|\b(?:can|don|won|didn|doesn|isn|wasn|weren|hadn|hasn|haven|couldn"
                       r"|wouldn|shouldn|aren)t\b")


def _negates_shared_words(negated: str, plain: str) -> bool:
    """The negated words ("not go ahead") stand unnegated in the other sentence, which is of
    like length and does not merely contrast them ("rather than assumed")."""
    na, pl = tokens(negated), tokens(plain)
    if not na or not pl or max(len(na), len(pl)) > 1.6 * min(len(na), len(pl)):
        return False
    if re.search(r"\b(rather than|instead of|as opposed to)\b", fold(plain)):
        return False
    shared = set(pl)
    # the words of names (an attribution after a quote: "… does not show otherwise," lawyer
    # Wang Chia-hao said) are no words of what is negated
    shared -= {w for name in _NAMED.findall(negated) for w in tokens(name)}
    for i, tok in enumerate(na):
        if _NEGATION.fullmatch(tok):  # tokens drop apostrophes: "didn't" is "didnt"
            if tok in _REFUSALS and _ASKING.intersection(na[i + 1 : i + 8]):
                continue  # "rejected … a request to annul Article 7" is "upheld Article
                # 7": a bid refused, not the thing told denied
            following = [t for t in na[i + 1 : i + 6] if t not in STOP_WORDS][:2]
            if (len(following) == 2 and all(t in shared for t in following)
                    and _negation_in_place(na, pl, i)):
                return True
    return False


# A capitalised word within a sentence, with what is hyphened to it ("Wang Chia-hao").
_NAMED = re.compile(r"(?<=\s)[A-Z][\w'’]*(?:-[\w'’]+)*")
# Refusing a bid to do something is no denial of the thing ("rejected a request to annul").
_REFUSALS = frozenset({"rejected", "denied", "denies", "deny"})
_ASKING = frozenset({"request", "requests", "appeal", "appeals", "bid", "bids", "challenge",
                     "challenges", "petition", "petitions", "motion", "motions", "application",
                     "applications", "demand", "demands", "call", "calls", "attempt",
                     "attempts", "plea", "pleas", "complaint", "complaints"})
# The most words a negation cue adds where it stands ("did not", "no longer").
_NEGATION_CUE_WORDS = 3


def _negation_in_place(na: list[str], pl: list[str], i: int) -> bool:
    """Aligned word by word, the negation cue stands where the other sentence has at most
    one word ("will not go" / "will go", "didn't rise" / "rose"), not where it has another
    predicate ("has denied arson" / "has been charged on suspicion of arson": a man denying
    a charge is not the charge denied), nor among words the other lacks altogether (a
    further quoted sentence: "… on the wall. We compete against a boiler, not a heat pump")."""
    matcher = difflib.SequenceMatcher(None, na, pl, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if a0 <= i < a1:
            return (op == "delete" and a1 - a0 <= _NEGATION_CUE_WORDS) or (
                op == "replace" and b1 - b0 <= 1)
    return False


def negation_conflicts(docs: list[Doc], space: SentenceSpace, claims: list[Claim],
                       options: ReconcileOptions = DEFAULT_OPTIONS) -> list[Discrepancy]:
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
                sim = space.sim(da, a.sentence_index, db, b.sentence_index)
                if sim >= options.negation_similarity:
                    found = (a, b)
                    break
            if found:
                break
        if found:
            a, b = found
            out.append(Discrepancy(
                kind="claim",
                about=clip(c.text),
                values=[DiscrepancyValue(a.sentence, [a]), DiscrepancyValue(b.sentence, [b])],
                note=f"{a.outlet} and {b.outlet} report this the opposite way: one of the "
                     "two sentences is negated.",
            ))
    return out


_DETAIL_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "LAW"})
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def unique_details(docs: list[Doc], claims: list[Claim],
                   people: Sequence[MergedPerson] = ()) -> None:
    """In claims several outlets share, find the numbers and names only one outlet gives
    ("about 9,000 accelerators" in a sentence otherwise about the shared campus)."""
    by_id = {d.id: d for d in docs}
    texts: dict[str, str] = defaultdict(str)
    for doc in docs:
        if doc.independent:
            texts[doc.outlet] += " " + doc.folded_text
    nums_of = {o: numbers(t) for o, t in texts.items()}
    words_of = {o: set(tokens(t)) for o, t in texts.items()}
    # A person other outlets name too (maybe spelled otherwise) is not one outlet's detail.
    shared_people = {(k.article_id, fold(k.name)) for p in people if len(p.outlets) > 1
                     for k in p.members}
    for c in claims:
        if c.status == SINGLE_SOURCE:
            continue
        for cit in c.citations:
            d = by_id.get(cit.article_id)
            if d is None or not d.independent:
                continue
            others = [o for o in texts if o != d.outlet]
            if not others:
                continue
            seen_nums = set().union(*(nums_of[o] for o in others))
            seen_words = set().union(*(words_of[o] for o in others))
            in_dates = set().union(set(), *(numbers(t.text) for t in d.times
                                            if t.sentence == cit.sentence_index))
            clock = set(numbers(" ".join(_CLOCK_PART.findall(cit.sentence))))
            found = [n for n in sorted(numbers(cit.sentence))
                     if n not in seen_nums and n not in in_dates and not _YEAR.match(n)
                     and n not in clock and _big_enough(n)]
            own = set(tokens(d.outlet))
            for e in d.analysis.entities:
                name = e.text.strip(" .,;:•·*-–—")
                words = [w for w in tokens(name) if w not in STOP_WORDS and len(w) > 1]
                if set(words) <= own or (words and set(words) <= _TIME_ZONES):
                    continue  # the outlet's own name ("only Atlas Newswire gives Atlas
                    # Newswire"), a time zone ("GMT")
                if (e.sentence == cit.sentence_index and e.label in _DETAIL_LABELS
                        and words and not all(_seen(w, seen_words) for w in words)
                        and not _credit(cit.sentence, name, e.label)
                        and (d.id, fold(name)) not in shared_people and name not in found):
                    found.append(name)
            if found:
                c.details.append(ClaimDetail(d.outlet, found, [cit]))


# Clock times and their parts ("0400 GMT", "10:20 a.m.", "06.00"): not distinctive numbers.
_CLOCK_PART = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b[0-2]\d[0-5]\d\s*(?:GMT|UTC|[A-Z]{1,3}T)\b"
                         r"|\b0\d{3}\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
_TIME_ZONES = wordset("gmt utc bst cet cest est edt pst pdt et pt hkt jst ist")


def _seen(word: str, seen: set[str]) -> bool:
    """A word another outlet uses, in the singular or the plural ("Marshal"/"Marshals")."""
    return (word in seen or word + "s" in seen
            or (word.endswith("s") and word[:-1] in seen))


def _credit(sentence: str, name: str, label: str) -> bool:
    """A name tacked on after the last comma of a sentence, with no verb: the credit of the
    outlet that supplied the report ("…took off on foot, MyFoxHouston."), not a detail. An
    organisation, or a web brand (a camel-case word NER may call a place); a plain place
    there is an apposition ("in the capital, Beijing") and stays a detail."""
    tail = sentence.rstrip().rstrip(".!?\"'”’ ").rsplit(",", 1)
    if len(tail) != 2 or tail[1].strip() != name or len(name.split()) > 3:
        return False
    return label in {"ORG", "PRODUCT"} or bool(_WEB_BRAND.fullmatch(name))


_WEB_BRAND = re.compile(r"[A-Z]?[a-z]+[A-Z]\w*(?:\.[a-z]{2,4})?|\w+\.(?:com|net|org)")


def _big_enough(n: str) -> bool:
    try:
        return float(n) >= 3
    except ValueError:
        return False
