"""Key points: a handful of extractive, non-redundant, cited statements about the story.

Claims are ranked by how many independent outlets make them, how early they come in an
article and how central they are to the story, then picked by maximal marginal relevance
(MMR) so that two points never say the same thing.
"""

from __future__ import annotations

import re

import numpy as np

from storyline.reconcile.model import CONFLICTING, Claim
from storyline.reconcile.text import similarity_matrix

from .model import KeyPoint

MMR_LAMBDA = 0.7
_MIN_WORDS = 8
_BULLET = re.compile(r"^\s*[-–—•*·]\s*")
# "LISBON, May 2 (Harbor Times) - ": where and who, not what.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’/ -]{2,}(?:,\s*[A-Z][\w. ]*?)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^)]{2,40}\))?\s*[-–—]+\s+")


def point_count(n_claims: int) -> int:
    """About 5 points for a short story, up to 8 for a well-covered one."""
    if n_claims >= 30:
        return min(8, n_claims)
    if n_claims >= 12:
        return 6
    return min(5, n_claims)


def _score(c: Claim, max_outlets: int, max_central: float) -> float:
    text = c.text.strip()
    score = (
        0.5 * c.independent_outlets / max(1, max_outlets)
        + 0.25 * (1.0 - c.position)
        + 0.25 * (c.centrality / max_central if max_central > 0 else 0.0)
    )
    if c.status == CONFLICTING:
        score += 0.1  # a disputed point is worth the reader's attention
    if text[:1] in "\"“‘'":
        score *= 0.7  # a bare quote reads poorly as a summary point
    if _BULLET.match(text) or text.endswith(":"):
        score *= 0.8
    return score


def clean_point(text: str) -> str:
    """The sentence without a list bullet or a dateline in front."""
    text = _BULLET.sub("", text).strip()
    stripped = _DATELINE.sub("", text, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped else text


def key_points(claims: list[Claim], k: int | None = None) -> list[KeyPoint]:
    pool = [c for c in claims if len(c.text.split()) >= _MIN_WORDS] or list(claims)
    if not pool:
        return []
    k = point_count(len(pool)) if k is None else min(k, len(pool))
    max_outlets = max(c.independent_outlets for c in pool)
    max_central = max(c.centrality for c in pool)
    relevance = np.array([_score(c, max_outlets, max_central) for c in pool])
    sim = similarity_matrix([c.text for c in pool])
    chosen: list[int] = []
    while len(chosen) < k:
        best, best_value = -1, -np.inf
        for i in range(len(pool)):
            if i in chosen:
                continue
            redundancy = max((sim[i, j] for j in chosen), default=0.0)
            value = MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * redundancy
            if value > best_value:
                best, best_value = i, value
        chosen.append(best)
    return [
        KeyPoint(
            text=clean_point(pool[i].text),
            status=pool[i].status,
            outlets=pool[i].outlets,
            independent_outlets=pool[i].independent_outlets,
            claim_id=pool[i].id,
            citations=pool[i].citations,
        )
        for i in chosen
    ]
