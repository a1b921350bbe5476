"""Character offset → sentence number, for every extractor of the NLP stage.

A leaf module (it imports only ``records``): ``pipeline`` and the extractors (``people``,
``quotes``, ``figures``, ``time``) all use it, so none of them has to import another.
"""

from __future__ import annotations

import bisect

from storyline.records import Sentence


class SentenceIndex:
    """Maps character offsets to sentence indexes."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def __call__(self, offset: int) -> int:
        if not self.sentences:
            return 0
        return max(0, bisect.bisect_right(self._starts, offset) - 1)
