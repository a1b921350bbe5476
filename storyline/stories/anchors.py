"""What two articles share beyond the day's background: the specific anchor of a neighbour.

On a day of news a few names and words are in a large share of the articles: the main
figures of the day (a nominee, a president), the subject of the moment (a campaign, a
trade dispute), its usual words ("primary", "delegates", "tariffs"). They are background
for that day, not evidence that two articles report one event. Two articles of one event
share something less common as well: a rarer name, a place, a detail of what happened.

The repair (``repair.py``) finds stories through shared nearest neighbours. When the day
holds a handful of articles on one subject among unrelated news, each of them has the
others as its nearest neighbours (they are the only articles it shares words with), so
every pair of them shares most of its neighbours, and distinct events of one subject —
a book on a candidate's donations, a senator's remark, an endorsement — came out as one
story. Here a weak link (a cosine under ``ClusterOptions.anchor_max_cosine``) counts as a
neighbour only when the two articles' **specific cosine** reaches ``anchor_cosine``: the
part of their cosine made of words and names that are not the scope's background.

A term is background when more than ``anchor_share`` of the scope's articles hold it and
those articles are loosely alike (their mean pairwise cosine under ``anchor_cohesion``).
The words of one big event are held by many articles too ("cable", the strait where it
was cut, in 14 of 53), but those articles are alike, so the words stay evidence. Frequency
and likeness only, learnt from the scope: no word list. Nothing is saved: the scope's
vectors hold all it needs.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from storyline.stories.features import ENTITIES_BLOCK, WORDS_BLOCK, Features, Featurizer


def specific_cosines(featurize: Featurizer, feats: list[Features], sims: np.ndarray,
                     share: float, cohesion: float, rows: np.ndarray,
                     cols: np.ndarray) -> np.ndarray:
    """The cosines of the pairs (``rows[k]``, ``cols[k]``) over the articles' words and
    names, the background left out (and numbers and dates): a term held by more than
    ``share`` of the articles whose holders are loosely alike (mean pairwise ``sims``
    under ``cohesion``). The words of one big event are held by many articles too, but
    those articles are alike: such words stay."""
    n = len(feats)
    width = featurize.vocabulary.n_features
    if n == 0 or not len(rows):
        return np.zeros(len(rows), np.float32)
    at = np.repeat(np.arange(n), [len(f) for f in feats])
    terms = np.concatenate([f.indices for f in feats]).astype(np.int64)
    vals = np.concatenate([featurize.weigh(f) for f in feats])
    blocks = np.concatenate([f.blocks for f in feats])
    content = (blocks == WORDS_BLOCK) | (blocks == ENTITIES_BLOCK)
    held = np.bincount(terms[content], minlength=width)  # articles holding each term
    common = np.flatnonzero(held > max(share * n, 2.0))
    background = common[_cohesion(common, at, terms, content, sims) < cohesion]
    keep = content & ~np.isin(terms, background)
    x = sparse.csr_matrix((vals[keep], (at[keep], terms[keep])), shape=(n, width))
    return np.asarray(x[rows].multiply(x[cols]).sum(axis=1), np.float32).ravel()


def _cohesion(common: np.ndarray, at: np.ndarray, terms: np.ndarray, content: np.ndarray,
              sims: np.ndarray) -> np.ndarray:
    """For each of the ``common`` terms (sorted), the mean similarity of the pairs of
    articles holding it (``terms[k]`` is held by article ``at[k]``)."""
    if not len(common):
        return np.zeros(0)
    sel = content & np.isin(terms, common)
    b = sparse.csr_matrix((np.ones(int(sel.sum()), np.float32),
                           (np.searchsorted(common, terms[sel]), at[sel])),
                          shape=(len(common), len(sims)))
    s = np.array(sims, np.float32)
    np.fill_diagonal(s, 0.0)
    to_holders = np.asarray(b @ s)  # each article's summed similarity to each term's holders
    within = np.asarray(b.multiply(to_holders).sum(axis=1)).ravel()
    h = np.asarray(b.sum(axis=1)).ravel()
    return within / np.maximum(h * (h - 1), 1.0)


def anchored(featurize: Featurizer, feats: list[Features], sims: np.ndarray, share: float,
             cohesion: float, min_cosine: float, max_cosine: float, rows: np.ndarray,
             cols: np.ndarray) -> np.ndarray:
    """Which of the pairs (``rows[k]``, ``cols[k]``) may be neighbours: an article with
    itself, two alike enough on their own (cosine at least ``max_cosine``), or two sharing
    a specific anchor (:func:`specific_cosines` at least ``min_cosine``)."""
    ok = (rows == cols) | (sims[rows, cols] >= max_cosine)
    weak = np.flatnonzero(~ok)
    ok[weak] = specific_cosines(featurize, feats, sims, share, cohesion,
                                rows[weak], cols[weak]) >= min_cosine
    return ok


__all__ = ["anchored", "specific_cosines"]
