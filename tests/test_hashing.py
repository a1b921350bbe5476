"""stories/hashing.py gives exactly what scikit-learn's hashing and datasketch's MinHash LSH
gave before it replaced them: the same feature columns and counts, the same signatures and
the same bands, so stories, saved index states and their fingerprints do not change.

The texts are the bundled example corpus and, when ../shared/data is present, ECB+ train
documents (train only: the test topics are for scores, not for reading).
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from storyline.evaluate.clustering import load_ecbplus, load_examples
from storyline.stopwords import ENGLISH_STOP_WORDS
from storyline.stories.copies import CopyIndex, shingles
from storyline.stories.features import Featurizer, number_terms
from storyline.stories.hashing import MinHasher, TermHasher, lsh_bands, word_terms


@pytest.fixture(scope="module")
def sklearn_text() -> Any:
    """Imported here, not at collection: scikit-learn costs every test process ~1 s."""
    return pytest.importorskip("sklearn.feature_extraction.text")


@pytest.fixture(scope="module")
def sklearn_hashing() -> Any:
    return pytest.importorskip("sklearn.feature_extraction")


@pytest.fixture(scope="module")
def datasketch() -> Any:
    return pytest.importorskip("datasketch")


def _texts(examples_dir: Path) -> list[str]:
    return [a.text for a, _ in load_examples(examples_dir)]


@pytest.fixture(scope="module")
def texts(examples_dir: Path) -> list[str]:
    found = _texts(examples_dir)
    assert len(found) >= 30
    return found


def test_the_stop_words_are_scikit_learns(sklearn_text: Any) -> None:
    assert frozenset(sklearn_text.ENGLISH_STOP_WORDS) == ENGLISH_STOP_WORDS


@pytest.mark.parametrize("ngram_max", [1, 2])
def test_word_columns_and_counts_equal_the_hashing_vectorizer(texts: list[str],
                                                              ngram_max: int, sklearn_text: Any) -> None:
    n_features = 2**20
    reference = sklearn_text.HashingVectorizer(
        n_features=n_features, alternate_sign=False, norm=None, stop_words="english",
        ngram_range=(1, ngram_max), dtype=np.float32,
    ).transform(texts)
    hasher = TermHasher(n_features)
    for row, text in enumerate(texts):
        indices, counts = hasher.counts(word_terms(text, ngram_max))
        start, end = reference.indptr[row], reference.indptr[row + 1]
        assert indices.dtype == np.int32 and counts.dtype == np.float32
        assert np.array_equal(indices, reference.indices[start:end])
        assert np.array_equal(counts, reference.data[start:end])


def test_term_columns_equal_the_feature_hasher_in_a_small_space(texts: list[str], sklearn_hashing: Any) -> None:
    # A small space makes many terms share a column: counts must add up the same way.
    rows = [number_terms(t) + ["e:" + w for w in word_terms(t)[:40]] for t in texts]
    rows.append([])  # an article with no such terms
    reference = sklearn_hashing.FeatureHasher(
        n_features=997, input_type="string", alternate_sign=False, dtype=np.float32,
    ).transform(rows)
    hasher = TermHasher(997)
    for row, terms in enumerate(rows):
        indices, counts = hasher.counts(terms)
        start, end = reference.indptr[row], reference.indptr[row + 1]
        assert np.array_equal(indices, reference.indices[start:end])
        assert np.array_equal(counts, reference.data[start:end])


def test_non_ascii_terms_hash_like_scikit_learn(sklearn_hashing: Any) -> None:
    terms = ["zürich", "são paulo", "кремль", "東京", "e:café"]
    reference = sklearn_hashing.FeatureHasher(
        n_features=2**20, input_type="string", alternate_sign=False).transform([terms])
    indices, _ = TermHasher(2**20).counts(terms)
    assert list(indices) == list(reference.indices)


def _datasketch_signature(datasketch: Any, grams: set[str], num_perm: int) -> np.ndarray:
    m = datasketch.MinHash(num_perm=num_perm, hashfunc=zlib.crc32, seed=1)
    m.update_batch([g.encode("utf-8") for g in grams])
    return np.asarray(m.hashvalues, np.uint32)


@pytest.mark.parametrize("num_perm", [64, 128])
def test_minhash_signatures_equal_datasketchs(texts: list[str], num_perm: int, datasketch: Any) -> None:
    ours = MinHasher(num_perm, seed=1)
    for text in texts:
        grams = shingles(text)
        assert np.array_equal(ours.signature(grams), _datasketch_signature(datasketch, grams, num_perm))


def test_copy_index_signatures_are_datasketchs(texts: list[str], datasketch: Any) -> None:
    index = CopyIndex()
    for text in texts[:10]:
        sig = index.signature(text)
        assert sig is not None
        assert np.array_equal(sig, _datasketch_signature(datasketch, shingles(text), 64))


def test_lsh_bands_equal_datasketchs_on_a_grid_of_thresholds(datasketch: Any) -> None:
    thresholds = [round(0.05 * i, 2) for i in range(1, 20)] + [0.33, 0.66, 0.875]
    for num_perm in (16, 64):
        for threshold in thresholds:
            try:
                reference = datasketch.MinHashLSH(threshold=threshold, num_perm=num_perm)
            except ValueError:  # a high threshold with few permutations: one band only
                with pytest.raises(ValueError, match="too few bands"):
                    lsh_bands(threshold, num_perm)
                continue
            assert list(lsh_bands(threshold, num_perm)) == [
                tuple(r) for r in reference.hashranges], (threshold, num_perm)
    assert lsh_bands(0.5, 64) == tuple((4 * i, 4 * (i + 1)) for i in range(14))  # 14 x 4


def test_lsh_bands_refuse_what_datasketch_refuses(datasketch: Any) -> None:
    for threshold, num_perm in ((1.5, 64), (0.5, 1)):
        with pytest.raises(ValueError):
            datasketch.MinHashLSH(threshold=threshold, num_perm=num_perm)
        with pytest.raises(ValueError):
            lsh_bands(threshold, num_perm)


@pytest.mark.slow
def test_hashing_equals_the_libraries_on_ecbplus_train(data_dir: Path, sklearn_text: Any, datasketch: Any) -> None:
    docs = [a for a, _ in load_ecbplus(data_dir, "train")][::6]
    titled = [f"{a.title}\n{a.title}\n{a.text}" for a in docs]
    reference = sklearn_text.HashingVectorizer(
        n_features=2**20, alternate_sign=False, norm=None, stop_words="english",
        dtype=np.float32).transform(titled)
    hasher, minhash = TermHasher(2**20), MinHasher(64)
    for row, text in enumerate(titled):
        indices, counts = hasher.counts(word_terms(text))
        start, end = reference.indptr[row], reference.indptr[row + 1]
        assert np.array_equal(indices, reference.indices[start:end])
        assert np.array_equal(counts, reference.data[start:end])
        grams = shingles(docs[row].text)
        assert np.array_equal(minhash.signature(grams), _datasketch_signature(datasketch, grams, 64))


def test_the_featurizer_imports_neither_library() -> None:
    import subprocess
    import sys

    code = ("import sys, storyline.stories.index; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'datasketch', "
            "'scipy'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
    assert Featurizer(2**10).vocabulary.n_features == 2**10
