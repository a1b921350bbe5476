"""Every sentence of a story in one TF-IDF space, so any two can be compared.

Fitted once per reconciliation on the story's own sentences: what is rare within the story
(a place, a name, a number) weighs more than what every article says.
"""

from __future__ import annotations

import numpy as np

from .evidence import Doc
from .text import similarity_matrix


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
        self.matrix = similarity_matrix(texts).astype(np.float32)

    def sim(self, a: Doc, i: int, b: Doc, j: int) -> float:
        ra, rb = self.row.get((a.order, i)), self.row.get((b.order, j))
        if ra is None or rb is None:
            return 0.0
        return float(self.matrix[ra, rb])

    def rows(self, doc: Doc, indexes: list[int]) -> list[int]:
        return [self.row[(doc.order, i)] for i in indexes if (doc.order, i) in self.row]
