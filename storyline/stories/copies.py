"""Near-duplicates and syndication: MinHash LSH over word 3-shingles of the article body.

A copy is linked to the earliest article it copies (following chains: a copy of a copy
points at the original). Only a recent window of articles is kept in the LSH, because
syndicated copies appear within days; that bounds memory on an endless stream.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from dataclasses import dataclass
from typing import cast

import numpy as np

from .hashing import MinHasher, lsh_bands

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 3) -> set[str]:
    """Lower-cased word n-grams; an empty set when the text is shorter than one shingle."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@dataclass(frozen=True)
class CopyMatch:
    original: str  # the earliest article copied
    similarity: float  # estimated Jaccard similarity of shingle sets with the matched article


class _Bands:
    """The banding of datasketch's ``MinHashLSH`` (the same bands, ``hashing.lsh_bands``, so
    the same candidates: two signatures meet when one band of them is identical), kept in
    plain dicts: about a third of the memory per entry, and refilled in bulk without
    re-hashing."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = list(ranges)
        # band key -> one article id, or a list of them when several share the band
        self.tables: list[dict[bytes, str | list[str]]] = [{} for _ in self.ranges]

    def insert(self, key: str, sig: np.ndarray) -> None:
        for table, (start, end) in zip(self.tables, self.ranges, strict=True):
            _add(table, sig[start:end].tobytes(), key)

    def insert_many(self, keys: list[str], sigs: np.ndarray) -> None:
        """:meth:`insert` for many (rows of ``sigs``, uint32), band keys cut in bulk."""
        sigs = np.ascontiguousarray(sigs, np.uint32)
        for table, (start, end) in zip(self.tables, self.ranges, strict=True):
            cut = np.ascontiguousarray(sigs[:, start:end])
            void = cut.view(np.dtype((np.void, 4 * (end - start)))).ravel()
            bands = cast(list[bytes], void.tolist())  # a void row converts to its bytes
            for band, key in zip(bands, keys, strict=True):
                _add(table, band, key)

    def remove(self, key: str, sig: np.ndarray) -> None:
        for table, (start, end) in zip(self.tables, self.ranges, strict=True):
            band = sig[start:end].tobytes()
            held = table.get(band)
            if held == key:
                del table[band]
            elif isinstance(held, list) and key in held:
                held.remove(key)
                if len(held) == 1:
                    table[band] = held[0]

    def query(self, sig: np.ndarray) -> set[str]:
        found: set[str] = set()
        for table, (start, end) in zip(self.tables, self.ranges, strict=True):
            held = table.get(sig[start:end].tobytes())
            if isinstance(held, list):
                found.update(held)
            elif held is not None:
                found.add(held)
        return found


def _add(table: dict[bytes, str | list[str]], band: bytes, key: str) -> None:
    """File ``key`` under ``band``: one id alone, a list once several share it."""
    held = table.get(band)
    if held is None:
        table[band] = key
    elif isinstance(held, list):
        held.append(key)
    else:
        table[band] = [held, key]


class CopyIndex:
    """Finds earlier articles an incoming article (nearly) copies."""

    def __init__(
        self,
        threshold: float = 0.5,
        num_perm: int = 64,
        shingle_size: int = 3,
        min_shingles: int = 8,
        keep: int = 200_000,
    ) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        self.min_shingles = min_shingles
        self.keep = keep
        self._lsh = _Bands(list(lsh_bands(threshold, num_perm)))
        self._signatures: dict[str, np.ndarray] = {}
        self._arrival: dict[str, int] = {}
        self._root: dict[str, str] = {}  # copy -> its original, for the window only
        self._order: deque[str] = deque()
        self._seq = 0
        # datasketch's MinHash (seed 1, crc32 of the shingles), reproduced in hashing.py.
        self._minhash = MinHasher(num_perm, seed=1)

    def signature(self, text: str) -> np.ndarray | None:
        """The MinHash signature (uint32) of the text's shingles; None when too short."""
        grams = shingles(text, self.shingle_size)
        if len(grams) < self.min_shingles:
            return None  # too short to call anything a copy of it
        return self._minhash.signature(grams)

    def add(self, article_id: str, text: str, copy_of: str | None = None) -> CopyMatch | None:
        """Look the text up, then remember it. Returns the match, or None.

        ``copy_of`` given (restoring stored state) records the link without deciding.
        """
        sig = self.signature(text)
        match = None
        if sig is not None and copy_of is None:
            match = self._match(sig)
        elif copy_of is not None:
            match = CopyMatch(self._root.get(copy_of, copy_of), 1.0)
        self._seq += 1
        if sig is None or article_id in self._signatures:
            return match
        self._signatures[article_id] = sig
        self._lsh.insert(article_id, self._signatures[article_id])
        self._arrival[article_id] = self._seq
        if match is not None:
            self._root[article_id] = match.original
        self._order.append(article_id)
        while len(self._order) > self.keep:
            self._forget(self._order.popleft())
        return match

    def _match(self, mine: np.ndarray) -> CopyMatch | None:
        best: tuple[int, str, float] | None = None
        for key in self._lsh.query(mine):
            sim = float(np.mean(self._signatures[key] == mine))
            if sim < self.threshold:
                continue  # an LSH false positive
            root = self._root.get(key, key)
            seq = self._arrival.get(root, self._arrival[key])
            if best is None or seq < best[0]:
                best = (seq, root, sim)
        return None if best is None else CopyMatch(best[1], best[2])

    @property
    def seq(self) -> int:
        """How many articles were added so far (with or without a signature)."""
        return self._seq

    def entry(self, article_id: str) -> tuple[np.ndarray, int, str | None] | None:
        """(signature, arrival number, original) of an article still in the window."""
        sig = self._signatures.get(article_id)
        if sig is None:
            return None
        return sig, self._arrival[article_id], self._root.get(article_id)

    def restore_entries(self, entries: list[tuple[str, np.ndarray, int, str | None]],
                        seq: int) -> None:
        """Refill the window from saved :meth:`entry` values (oldest first) without
        re-reading any text; ``seq`` is the saved :attr:`seq`."""
        fresh = [e for e in entries[-self.keep:] if e[0] not in self._signatures]
        if fresh:
            self._lsh.insert_many([e[0] for e in fresh], np.stack([e[1] for e in fresh]))
        for article_id, sig, arrival, root in fresh:
            self._signatures[article_id] = np.asarray(sig, np.uint32)
            self._arrival[article_id] = arrival
            if root is not None:
                self._root[article_id] = root
            self._order.append(article_id)
        self._seq = max(self._seq, seq)

    def _forget(self, article_id: str) -> None:
        sig = self._signatures.get(article_id)
        if sig is not None:
            self._lsh.remove(article_id, sig)
        self._signatures.pop(article_id, None)
        self._arrival.pop(article_id, None)
        self._root.pop(article_id, None)

    def __len__(self) -> int:
        return len(self._signatures)
