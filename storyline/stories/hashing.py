"""The hashing behind story features and copy detection, without scikit-learn or datasketch.

Both libraries cost every ingesting process about a second of imports (scikit-learn pulls
scipy.stats and pandas, datasketch scipy.integrate), for a few lines of arithmetic. This
module reproduces, bit for bit, what the story stage used from them, so stories, saved
index states and their fingerprints stay the same (``tests/test_hashing.py`` compares
both against the libraries on real text):

* :class:`TermHasher` — scikit-learn's ``HashingVectorizer`` / ``FeatureHasher``
  (``alternate_sign=False``, ``norm=None``): MurmurHash3 x86 32-bit (seed 0, signed) of
  each term's UTF-8 bytes, column ``abs(h) % n_features``; counts summed per column,
  columns sorted.
* :class:`MinHasher` — datasketch's ``MinHash`` ("affine32" scheme, ``hashfunc=crc32``):
  the MurmurHash3 32-bit finaliser of each shingle's CRC-32, then ``a * h + b`` modulo
  2**32 with odd ``a`` and ``b`` drawn from ``numpy.random.RandomState(seed)``.
* :func:`lsh_bands` — the bands datasketch's ``MinHashLSH`` picks: the (bands, rows)
  minimising the mean of the false-positive and false-negative areas.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from murmurhash.mrmr import hash as _murmur3_32

from ..stopwords import ENGLISH_STOP_WORDS

# scikit-learn's default token pattern: runs of two or more word characters.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


class TermHasher:
    """Terms → (sorted column indices, counts) in a hashed space of ``n_features``."""

    def __init__(self, n_features: int) -> None:
        if n_features < 1:
            raise ValueError("n_features must be positive")
        self.n_features = n_features

    def column(self, term: str) -> int:
        """The column of one term (MurmurHash3, seed 0, as scikit-learn hashes it)."""
        # A Python int: abs(-2**31) does not overflow, and 2**31 % n is the very value
        # scikit-learn defines for that int32 edge case, (2**31 - 1 - (n - 1)) % n.
        return abs(_murmur3_32(term)) % self.n_features

    def counts(self, terms: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """(int32 column indices ascending, float32 counts): one row of the hashed matrix."""
        counted: Counter[int] = Counter(self.column(t) for t in terms)
        if not counted:
            return np.zeros(0, np.int32), np.zeros(0, np.float32)
        columns = np.fromiter(counted.keys(), np.int64, len(counted))
        values = np.fromiter(counted.values(), np.float64, len(counted))
        order = np.argsort(columns, kind="stable")
        return columns[order].astype(np.int32), values[order].astype(np.float32)


def word_terms(text: str, ngram_max: int = 1,
               stop_words: frozenset[str] = ENGLISH_STOP_WORDS) -> list[str]:
    """Lower-cased words of two or more characters, stop words left out, then the word
    n-grams up to ``ngram_max`` (joined by one space): scikit-learn's word analyzer."""
    tokens = [w for w in _TOKEN.findall(text.lower()) if w not in stop_words]
    if ngram_max <= 1:
        return tokens
    terms = list(tokens)
    for n in range(2, min(ngram_max, len(tokens)) + 1):
        terms.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return terms


# MurmurHash3's 32-bit finaliser: a fixed bijection that spreads CRC-32 values.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))


def _fmix32(h: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2 = _FMIX
    h = h ^ (h >> s1)
    h = h * m1
    h = h ^ (h >> s2)
    h = h * m2
    return h ^ (h >> s1)


class MinHasher:
    """MinHash signatures (``num_perm`` uint32 values) of sets of strings."""

    def __init__(self, num_perm: int, seed: int = 1) -> None:
        if num_perm < 1:
            raise ValueError("num_perm must be positive")
        self.num_perm = num_perm
        gen = np.random.RandomState(seed)
        # Odd multipliers make each permutation a bijection on 32-bit values.
        self.a = gen.randint(0, 2**31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        self.b = gen.randint(0, 2**32, num_perm, dtype=np.uint32)

    def signature(self, items: Iterable[str]) -> np.ndarray:
        """The signature of a set of strings (all 2**32 - 1 for an empty set)."""
        hashes = [zlib.crc32(s.encode("utf-8")) for s in items]
        if not hashes:
            return np.full(self.num_perm, 2**32 - 1, np.uint32)
        h = _fmix32(np.array(hashes, np.uint32).reshape(-1, 1))
        with np.errstate(over="ignore"):
            permuted = h * self.a + self.b  # wraps modulo 2**32, as intended
        return np.asarray(permuted.min(axis=0), np.uint32)


def _integral(f_values: np.ndarray, lo: float, hi: float, weights: np.ndarray) -> float:
    return float((hi - lo) / 2.0 * np.dot(weights, f_values))


@lru_cache(maxsize=64)
def lsh_bands(threshold: float, num_perm: int) -> tuple[tuple[int, int], ...]:
    """The (start, end) rows of each band that datasketch's ``MinHashLSH(threshold,
    num_perm)`` uses: b bands of r rows minimising the mean of the false-positive area
    (collision probability below the threshold) and the false-negative area (above it).

    The probability ``1 - (1 - s**r)**b`` is a polynomial of degree ``r * b <= num_perm``,
    so Gauss-Legendre quadrature with ``num_perm // 2 + 1`` nodes integrates it exactly.
    """
    if not 0.0 <= threshold <= 1.0:
        raise ValueError("threshold must be in [0.0, 1.0]")
    if num_perm < 2:
        raise ValueError("too few permutation functions")
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    below = threshold / 2.0 * (nodes + 1.0)  # nodes mapped onto [0, threshold]
    above = threshold + (1.0 - threshold) / 2.0 * (nodes + 1.0)  # ... onto [threshold, 1]
    best, best_error = (0, 0), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = _integral(1.0 - (1.0 - below**r) ** b, 0.0, threshold, weights)
            fn = _integral((1.0 - above**r) ** b, threshold, 1.0, weights)
            error = 0.5 * fp + 0.5 * fn
            if error < best_error:
                best, best_error = (b, r), error
    b, r = best
    if b < 2:
        raise ValueError("too few bands for this threshold (b < 2)")
    return tuple((i * r, (i + 1) * r) for i in range(b))
