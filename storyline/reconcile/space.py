"""Every sentence of a story in one TF-IDF space, so any two can be compared.

Fitted once per reconciliation on the story's own sentences: what is rare within the story
(a place, a name, a number) weighs more than what every article says. Vectors are kept
sparse and compared on demand, so a story of thousands of sentences stays cheap.
"""

from __future__ import annotations

import numpy as np

from .evidence import Doc
from .text import tfidf_vectors

_DENSE_LIMIT = 4000  # sentences; a 4000 x 4000 float32 table is 64 MB


class SentenceSpace:
    """Cosine similarity between any two sentences of the story's articles."""

    def __init__(self, docs: list[Doc]) -> None:
        self.keys: list[tuple[int, int]] = []
        texts: list[str] = []
        for d in docs:
            for s in d.analysis.sentences:
                self.keys.append((d.order, s.index))
                texts.append(d.sentence_text(s.index))
        self.row = {k: i for i, k in enumerate(self.keys)}
        self.vectors = tfidf_vectors(texts)
        # Up to a few thousand sentences a dense table is fastest; beyond, compute on demand.
        self.dense: np.ndarray | None = None
        if len(texts) <= _DENSE_LIMIT:
            self.dense = (self.vectors @ self.vectors.T).toarray().astype(np.float32)

    def sim(self, a: Doc, i: int, b: Doc, j: int) -> float:
        ra, rb = self.row.get((a.order, i)), self.row.get((b.order, j))
        if ra is None or rb is None:
            return 0.0
        if ra == rb:
            return 1.0
        if self.dense is not None:
            return float(self.dense[ra, rb])
        return float(self.vectors[ra].multiply(self.vectors[rb]).sum())

    def block(self, rows: list[int]) -> np.ndarray:
        """Dense pairwise similarities of the given rows."""
        if not rows:
            return np.zeros((0, 0))
        if self.dense is not None:
            return self.dense[np.ix_(rows, rows)].astype(np.float64)
        sub = self.vectors[rows]
        return (sub @ sub.T).toarray().astype(np.float64)

    def rows(self, doc: Doc, indexes: list[int]) -> list[int]:
        return [self.row[(doc.order, i)] for i in indexes if (doc.order, i) in self.row]
