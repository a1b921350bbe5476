"""Periodic repair of the online clustering: re-cluster the recently changed neighbourhood
in one batch, then express the result as merges, splits and moves of stable story ids.

Online decisions are made with what was known when each article arrived; a story's first
article cannot know which later articles will be its neighbours. Repair takes the stories
changed since the last repair plus the stories next to them, and clusters their articles
together with average-link agglomerative clustering over a similarity that mixes the
cosine of the TF-IDF vectors with *shared nearest neighbours* (how many of two articles'
k nearest neighbours they have in common). The neighbour overlap is what separates two
events of one topic: each report's nearest neighbours are reports of the same event even
when the raw cosine between same-topic events is as high as within an event elsewhere.

Ids stay stable where they can: each new cluster takes the id of the old story that gave
it most of its articles, stories claiming in order of size (larger first, then older id);
clusters nobody claims get fresh ids. Every change is recorded.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from storyline.records import Assignment
from storyline.stories import anchors, evidence
from storyline.stories.features import ENTITIES_BLOCK, WORDS_BLOCK, Features, word_count
from storyline.stories.house import NO_LINES

if TYPE_CHECKING:
    from storyline.stories.index import StoryIndex
    from storyline.stories.options import ClusterOptions

logger = logging.getLogger(__name__)


def repair_index(index: StoryIndex) -> tuple[list[dict], list[Assignment]]:
    """Re-cluster the stories changed since the last repair and their neighbours.

    Returns the recorded changes — ``{"action": "merge", "into", "from", "reason"}``,
    ``{"action": "split" | "move", "from", "into", "articles", "reason"}`` — and the new
    assignment of every article whose story changed.
    """
    dirty = index.take_dirty()
    scope = _scope(index, dirty)
    articles = [a for sid in scope for a in index.stories[sid].members
                if a not in index.copy_of]
    if len(articles) < 2:
        return [], []
    labels = _apart_kept(index, articles, cluster_articles(index, articles))
    new_id = _claim_ids(index, scope, articles, labels)
    return _apply(index, scope, articles, labels, new_id)


def _scope(index: StoryIndex, dirty: set[int]) -> list[int]:
    """Dirty stories, newest first, each with its close neighbours, up to the article cap.

    Dirty stories beyond the cap are left as the online pass put them: call repair often
    enough (every ~1,000 articles) that one pass covers what changed.
    """
    o = index.options
    scope: dict[int, None] = {}
    total = 0

    def take(sid: int) -> bool:
        nonlocal total
        story = index.stories.get(sid)
        if story is None or sid in scope:
            return True
        originals = [a for a in story.members if a not in index.copy_of]
        if any(a not in index.vectors for a in originals):
            return True  # vectors of old articles were evicted: leave that story as it is
        if any(a in index.pinned for a in story.members):
            return True  # a person placed these articles by hand: leave the story as it is
        if total + len(originals) > o.repair_max_articles:
            return False
        scope[sid] = None
        total += len(originals)
        return True

    for sid in sorted(dirty, reverse=True):
        story = index.stories.get(sid)
        if story is None or not len(story.profile):
            continue
        if not take(sid):
            break
        weights = index.featurize.weigh(story.profile)
        cids = [c for c in index.candidates(story.profile, weights) if c != sid]
        scored = zip(index.scores(story.profile, weights, cids, story.last_day,
                                  (story.stated, story.labels)), cids, strict=True)
        near = sorted((p for p in scored if p[0] >= o.repair_neighbour_floor), reverse=True)
        if not all(take(cid) for _, cid in near):
            break
    skipped = len(dirty) - len(dirty & set(scope))
    if skipped:
        logger.debug("repair: %d changed stories beyond the cap were left as they are", skipped)
    return list(scope)


def cluster_articles(index: StoryIndex, articles: list[str]) -> np.ndarray:
    """Average-link clusters over cosine mixed with shared-nearest-neighbour similarity."""
    o = index.options
    n = len(articles)
    feats = [index.vectors[a] for a in articles]
    sims = _cosines(index, feats)
    outlets = [index.outlets.get(a) for a in articles]
    if o.house_min_articles > 0:
        sims = _without_house_style(index, articles, feats, outlets, sims)
    # The background is read on the text alone: restricted to pairs close in time it would
    # measure the few events of those days, not unrelated news.
    background = _background(sims, o)
    sims *= _time_factors(index, articles)
    np.fill_diagonal(sims, 1.0)

    # k nearest neighbours (themselves included) among those similar enough to count:
    # above the floor and well above the background of this neighbourhood (a stream on
    # one broad subject, or a small fresh feed whose IDF knows little, makes every pair
    # somewhat alike; a neighbour must stand out from that).
    floor = max(o.repair_neighbour_floor, o.repair_background_factor * background)
    k = min(o.repair_neighbours, n - 1)
    ranked = np.argsort(-sims, axis=1)[:, : k + 1]
    rr = np.repeat(np.arange(n), k + 1)
    cc = ranked.ravel()
    keep = sims[rr, cc] >= floor
    if o.short_terms:
        # In a scope mostly of short texts (a batch of feed summaries), a short text and
        # any other are neighbours only when alike themselves: a shared name makes each
        # one's nearest neighbours summaries of other events (and so does one rare word
        # shared with the batch's few longer summaries). Where full reports dominate, a
        # short text keeps its neighbours (ECB+'s one-sentence reports find their event).
        short = np.array([word_count(f) < o.short_terms for f in feats])
        if short.mean() >= o.short_scope_share:
            either = short[rr] | short[cc] if o.short_either else short[rr] & short[cc]
            keep &= ~either | (sims[rr, cc] >= o.short_neighbour_cosine)
    if o.anchor_cosine > 0:
        # A weak link is a neighbour only through something rarer than the day's
        # background (anchors.py): a few same-subject articles among unrelated news are
        # each other's nearest neighbours whatever events they report.
        cohesion = (o.anchor_small_cohesion if n < o.repair_background_min_sample
                    else o.anchor_cohesion)
        keep &= anchors.anchored(index.featurize, feats, sims, o.anchor_share, cohesion,
                                 o.anchor_cosine, o.anchor_max_cosine, rr, cc)
    near = sparse.csr_matrix((np.ones(int(keep.sum()), np.float32), (rr[keep], cc[keep])),
                             shape=(n, n))
    shared = (near @ near.T).toarray()
    small = n < o.repair_background_min_sample  # no background floor: the small-scope guard
    if small or o.repair_one_outlet_everywhere:
        shared = _small_scope_overlap(shared, near, sims,
                                      outlets, o,
                                      one_outlet_only=not small)
    shared /= float(o.repair_neighbours + 1)
    mixed = o.repair_snn_weight * shared + (1.0 - o.repair_snn_weight) * sims
    if o.one_outlet_factor < 1.0:
        mixed *= _one_outlet_factors(index, articles, outlets)
    # What the texts state (dates far apart, other series numbers) damps the mixed
    # similarity, not the neighbour search: one article's background date must not
    # cost it its true neighbours.
    mixed *= _evidence_factors(index, articles, mixed >= o.repair_evidence_min_similarity)
    dist = np.clip(1.0 - mixed, 0.0, None)
    np.fill_diagonal(dist, 0.0)
    dist = np.maximum(dist, dist.T)
    tree = linkage(squareform(dist, checks=False), method="average")
    return fcluster(tree, t=1.0 - o.repair_threshold, criterion="distance")


def _cosines(index: StoryIndex, feats: list[Features]) -> np.ndarray:
    """Pairwise cosines of the articles (their weighed features as coordinates), the shared
    names held to ``names_words_cap`` times the shared words (:func:`features.capped_names`)."""
    n, width, cap = len(feats), index.featurize.vocabulary.n_features, index.options.names_words_cap
    rows = np.repeat(np.arange(n), [len(f) for f in feats])
    cols = np.concatenate([f.indices for f in feats])
    vals = np.concatenate([index.featurize.weigh(f) for f in feats])
    blocks = np.concatenate([f.blocks for f in feats])

    def gram(keep: np.ndarray) -> np.ndarray:
        x = sparse.csr_matrix((vals[keep], (rows[keep], cols[keep])), shape=(n, width))
        return (x @ x.T).toarray().astype(np.float32)

    if cap <= 0:
        return gram(np.ones(len(vals), bool))
    words, names = gram(blocks == WORDS_BLOCK), gram(blocks == ENTITIES_BLOCK)
    out = gram((blocks != WORDS_BLOCK) & (blocks != ENTITIES_BLOCK))
    out += words
    out += np.minimum(names, cap * words)
    return out


def _without_house_style(index: StoryIndex, articles: list[str], feats: list[Features],
                         outlets: list[str | None], sims: np.ndarray) -> np.ndarray:
    """Cosines where two articles of one outlet are compared without their outlet's house
    style (``house.py``: segments of titles and opening lines that many of its articles
    hold); an article left with fewer than ``house_min_terms`` word terms then matches
    none of its outlet's articles. Pairs of two outlets keep their cosine."""
    o = index.options
    masks = [index.house_counts.house_terms(outlet, index.house.get(a, NO_LINES),
                                            o.house_min_articles, o.house_min_one_day)
             for a, outlet in zip(articles, outlets, strict=True)]
    if not any(len(m) for m in masks):
        return sims
    kept = [f if not len(m) else _drop_terms(f, m) for f, m in zip(feats, masks, strict=True)]
    plain = _cosines(index, kept)
    bare = np.array([len(m) > 0 and word_count(f) < o.house_min_terms
                     for f, m in zip(kept, masks, strict=True)])
    plain[bare, :] = 0.0
    plain[:, bare] = 0.0
    one_outlet = _one_outlet(outlets)
    masked = np.array([len(m) > 0 for m in masks])
    use = one_outlet & (masked[:, None] | masked[None, :])
    return np.where(use, plain, sims).astype(np.float32)


def _one_outlet(outlets: list[str | None]) -> np.ndarray:
    """Which pairs are two articles of one known outlet."""
    codes: dict[str, int] = {}
    key = np.array([-1 if k is None else codes.setdefault(k, len(codes)) for k in outlets])
    return (key[:, None] == key[None, :]) & (key[:, None] != -1)


def _one_outlet_factors(index: StoryIndex, articles: list[str],
                        outlets: list[str | None]) -> np.ndarray:
    """``one_outlet_factor`` for two articles of one outlet published within
    ``one_outlet_days`` of each other (both dated), else 1: one outlet's day is mostly
    distinct items, so two of them need more alike texts than two outlets' reports."""
    o = index.options
    days = np.array([np.nan if index.days.get(a) is None else index.days[a] for a in articles],
                    dtype=np.float64)
    gap = np.abs(days[:, None] - days[None, :])
    close = np.nan_to_num(gap, nan=np.inf) <= o.one_outlet_days
    out = np.ones((len(articles), len(articles)), np.float32)
    out[_one_outlet(outlets) & close] = o.one_outlet_factor
    np.fill_diagonal(out, 1.0)
    return out


def _drop_terms(feats: Features, terms: np.ndarray) -> Features:
    keep = ~np.isin(feats.indices, terms)
    return Features(feats.indices[keep], feats.values[keep], feats.blocks[keep])


def _small_scope_overlap(overlap: np.ndarray, near: sparse.csr_matrix, sims: np.ndarray,
                         outlets: list[str | None], o: ClusterOptions,
                         one_outlet_only: bool = False) -> np.ndarray:
    """Shared neighbours in a scope too small for a background floor: only neighbours other
    than the two articles themselves; and for two articles of one outlet only beyond
    chance, and only when the two are alike enough themselves
    (``repair_small_snn_cosine``).

    Two mutual neighbours "share" each other: among few articles two unrelated ones just
    above the neighbour floor and nothing else in common joined on that alone. Two
    articles with ``d_i`` and ``d_j`` neighbours among ``n`` share ``d_i d_j / n`` of them
    by chance: 4.9 of 7 among ten articles, nearly nothing among hundreds. In one outlet's
    small fresh feed on one subject every article's neighbours are most of the feed (its
    house style and recurring names make them so), and one outlet's articles of a few days
    are mostly distinct events: a shared neighbourhood is no reason to join two of them
    whose own cosine is low. Reports of one event by several outlets are what shared
    neighbours find well (ECB+'s topics, clustered one small batch each), so pairs of two
    outlets (or an unknown one) keep the chance part.

    ``one_outlet_only`` (larger scopes, ``repair_one_outlet_everywhere``): only the
    one-outlet rule; other pairs keep their whole overlap (excluding the pair's own links
    there cost ECB+ train streams 0.03 B-cubed F1). One outlet's day of ~95 feed items is
    mostly distinct events, and its neighbourhoods glued them. Two loners there (each the
    other's only neighbour) keep their mutual links only at a cosine of
    ``repair_loner_cosine``: "sharing" each other is no shared context."""
    n = len(overlap)
    links = near.toarray()
    others = np.clip(overlap - links - links.T, 0.0, None)
    codes: dict[str, int] = {}
    key = np.array([-1 if k is None else codes.setdefault(k, len(codes)) for k in outlets])
    one_outlet = (key[:, None] == key[None, :]) & (key[:, None] != -1)
    degree = links.sum(axis=1)
    beyond = np.clip(others - np.outer(degree - 1, degree - 1) / float(n), 0.0, None)
    beyond[sims < o.repair_small_snn_cosine] = 0.0
    kept = overlap
    if one_outlet_only and o.repair_loner_cosine > 0:
        # Two loners, each the other's only neighbour: not on those links alone.
        alone = degree == 2  # itself and one other
        loners = (links > 0) & (links.T > 0) & alone[:, None] & alone[None, :]
        kept = np.where(loners & (sims < o.repair_loner_cosine), others, overlap)
    out = np.where(one_outlet, beyond, kept if one_outlet_only else others)
    np.fill_diagonal(out, np.diag(overlap))
    return out


def _background(sims: np.ndarray, o: ClusterOptions) -> float:
    """The cosine that a share ``o.repair_background_quantile`` of the pairs of different
    articles here do not reach: what unrelated pairs reach. A low quantile stays among
    unrelated pairs even when a few big events fill the scope. A scope of fewer than
    ``o.repair_background_min_sample`` articles has no background (only the fixed floor):
    a small batch is mostly its own few stories, often on one subject (a trade dispute's
    next round), and its pairs would call those stories "background" and split them."""
    n = len(sims)
    if n < max(3, o.repair_background_min_sample):
        return 0.0
    return float(np.quantile(sims[np.triu_indices(n, 1)], o.repair_background_quantile))


def _time_factors(index: StoryIndex, articles: list[str]) -> np.ndarray:
    days = np.array([np.nan if index.days.get(a) is None else index.days[a] for a in articles],
                    dtype=np.float64)
    gap = np.abs(days[:, None] - days[None, :])
    gap = np.nan_to_num(gap, nan=0.0)  # an unknown date is no evidence either way
    return index.time_factors(gap).astype(np.float32)


def _evidence_factors(index: StoryIndex, articles: list[str],
                      alike: np.ndarray | None = None) -> np.ndarray:
    """Pairwise damping by what the texts state (``StoryIndex.evidence_factor``): dates
    far apart, series numbers that differ. An article without either is no evidence; two
    articles whose publication dates are more than ``grace_days`` apart are left to the
    time factor (with ``evidence_within_grace`` off: any two dated articles). Main people
    who differ count only between two articles published within ``grace_days``. The
    labels (series numbers, main people, days of the year) are compared only for the
    pairs ``alike`` marks (None: every pair)."""
    o = index.options
    told = [index.evidence.get(a, ((), frozenset())) for a in articles]
    if o.published_as_stated:  # a publication day counts as a stated date (see scores)
        for i, a in enumerate(articles):
            day = index.days.get(a)
            if day is not None:
                told[i] = ((*told[i][0], (day, day)), told[i][1])
    factor = np.ones((len(articles), len(articles)), np.float32)
    dated = np.array([index.days.get(a) is not None for a in articles])
    both_dated = dated[:, None] & dated[None, :]
    days = np.array([index.days.get(a) or 0 for a in articles], dtype=np.float64)
    close = both_dated & (np.abs(days[:, None] - days[None, :]) <= o.grace_days)
    gaps = evidence.gap_matrix([t[0] for t in told])
    far = np.nan_to_num(gaps, nan=0.0) > o.stated_gap_days
    precise = evidence.gap_matrix([evidence.precise(t[0]) for t in told])
    far_precise = far & (np.nan_to_num(precise, nan=0.0) > o.stated_gap_days)
    factor[far & ~far_precise] *= o.stated_gap_factor
    factor[far_precise] *= o.stated_day_gap_factor
    numbered = np.array([i for i, t in enumerate(told) if t[1]], dtype=np.intp)
    pairs = np.triu(np.ones((len(numbered), len(numbered)), bool), 1)
    if alike is not None:
        pairs &= alike[np.ix_(numbered, numbered)]
    for x, y in zip(*np.nonzero(pairs), strict=True):
        i, j = int(numbered[x]), int(numbered[y])
        damp = 1.0
        if evidence.labels_conflict(told[i][1], told[j][1]):
            damp *= o.label_conflict_factor
        if close[i, j] and evidence.people_conflict(told[i][1], told[j][1]):
            damp *= o.people_conflict_factor
        if np.isnan(gaps[i, j]) and evidence.month_day_conflict(told[i][1], told[j][1]):
            damp *= o.month_day_factor  # no calendar dates: the lead's days of the year
        factor[i, j] *= damp
        factor[j, i] *= damp
    if o.evidence_within_grace:  # publication days close together tell nothing
        both_dated &= ~close
    factor[both_dated] = 1.0
    return factor


def _apart_kept(index: StoryIndex, articles: list[str], labels: np.ndarray) -> np.ndarray:
    """Keep stories dated far apart apart: a new cluster joining two old stories whose
    publication days lie more than ``repair_apart_days`` apart is cut into groups of old
    stories dated close together, each undated old story going with the group its articles
    are likest (mean cosine, read only when some cluster needs cutting). Same-topic events
    months apart are tied by their undated reports ("China answers the chip tariff" / "USTR
    doubles the chip tariff"), whose similarity no day damps."""
    window = index.options.repair_apart_days
    old = [index.story_of[a] for a in articles]
    spans: dict[int, tuple[float, float]] = {}
    for a, sid in zip(articles, old, strict=True):
        day = index.days.get(a)
        if day is not None:
            lo, hi = spans.get(sid, (day, day))
            spans[sid] = (min(lo, day), max(hi, day))

    def far(x: int, y: int) -> bool:
        return spans[x][0] - spans[y][1] > window or spans[y][0] - spans[x][1] > window

    out = labels.copy()
    fresh = int(labels.max()) + 1
    sims: np.ndarray | None = None
    clusters: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels.tolist()):
        clusters[label].append(i)
    for members in clusters.values():
        dated = sorted({old[i] for i in members if old[i] in spans}, key=lambda x: spans[x])
        if not any(far(x, y) for k, x in enumerate(dated) for y in dated[k + 1:]):
            continue
        groups: list[list[int]] = []
        for sid in dated:
            home = next((g for g in groups if not any(far(sid, x) for x in g)), None)
            if home is None:
                groups.append([sid])
            else:
                home.append(sid)
        if sims is None:
            sims = _cosines(index, [index.vectors[a] for a in articles])
        group_of = {sid: n for n, g in enumerate(groups) for sid in g}
        for sid in {old[i] for i in members} - set(group_of):
            rows = [i for i in members if old[i] == sid]
            scores = [float(np.mean(sims[np.ix_(rows, [i for i in members
                                                       if group_of.get(old[i]) == n])]))
                      for n in range(len(groups))]
            group_of[sid] = int(np.argmax(scores))
        for n in range(len(groups)):
            out[[i for i in members if group_of[old[i]] == n]] = fresh
            fresh += 1
    return out


def _claim_ids(index: StoryIndex, scope: list[int], articles: list[str],
               labels: np.ndarray) -> dict[int, int]:
    """Map each new cluster label to a story id: the old story giving it most articles."""
    position = {a: i for i, a in enumerate(articles)}
    overlap: dict[int, Counter[int]] = defaultdict(Counter)
    for aid, label in zip(articles, labels.tolist(), strict=True):
        overlap[index.story_of[aid]][label] += 1
    new_id: dict[int, int] = {}
    order = sorted(scope, key=lambda s: (-len(index.stories[s].members), s))
    for sid in order:
        counts = overlap.get(sid)
        if not counts:
            continue
        members = [a for a in index.stories[sid].members if a in position]
        first: dict[int, int] = {}
        for a in members:
            first.setdefault(int(labels[position[a]]), position[a])
        best = max(counts, key=lambda lab: (counts[lab], -first.get(lab, 0)))
        if best not in new_id:
            new_id[best] = sid
    for label in sorted(set(labels.tolist()), key=lambda lab: int(np.argmax(labels == lab))):
        if label not in new_id:
            new_id[label] = index.new_story_id()
    return new_id


def _apply(index: StoryIndex, scope: list[int], articles: list[str], labels: np.ndarray,
           new_id: dict[int, int]) -> tuple[list[dict], list[Assignment]]:
    target = {a: new_id[int(lab)] for a, lab in zip(articles, labels.tolist(), strict=True)}
    old_members = {sid: list(index.stories[sid].members) for sid in scope}
    flows: dict[tuple[int, int], list[str]] = defaultdict(list)
    moved: dict[str, int] = {}
    for sid, members in old_members.items():
        for aid in members:
            root = index.copy_of.get(aid, aid)
            dest = target.get(root, sid)  # a copy whose original is elsewhere stays
            if dest != sid:
                flows[(sid, dest)].append(aid)
                moved[aid] = dest
    if not moved:
        return [], []

    # Rebuild every story that gained or lost articles, keeping arrival order.
    touched = {sid for sid, _ in flows} | {dest for _, dest in flows}
    membership: dict[int, list[str]] = defaultdict(list)
    for sid in sorted(touched):
        for aid in old_members.get(sid, []):
            membership[moved.get(aid, sid)].append(aid)
    for sid in touched:
        index.set_members(sid, sorted(membership.get(sid, []), key=index.arrival))

    changes = []
    fresh = {dest for _, dest in flows if dest not in old_members}
    for (sid, dest), aids in sorted(flows.items()):
        gone = sid not in index.stories
        if gone and len({d for s, d in flows if s == sid}) == 1:
            index.record_merge(sid, dest)
            changes.append({"action": "merge", "into": dest, "from": sid,
                            "reason": "re-clustering put all its articles with this story"})
            continue
        if gone:
            index.record_merge(sid, dest, replace=False)
        action = "split" if dest in fresh else "move"
        changes.append({"action": action, "from": sid, "into": dest, "articles": aids,
                        "reason": "re-clustering: these articles' nearest neighbours are "
                                  "in the other group"})
    assignments = [Assignment(aid, sid, 0.0, index.copy_of.get(aid), False)
                   for aid, sid in moved.items()]
    logger.info("repair: %d change(s), %d article(s) moved", len(changes), len(moved))
    return changes, assignments
