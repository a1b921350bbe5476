"""Text comparison for reconciliation: normalisation, content words, TF-IDF similarity.

Reports of one event share specific words (names, places, numbers) more than topic words,
so sentences are compared with TF-IDF fitted on the story's own sentences (computed here
with numpy and scipy.sparse, the same weighting as scikit-learn's ``TfidfVectorizer`` with
``sublinear_tf``, whose import alone costs a read command more than a second), numbers
written as words are turned into digits, and quotes are compared token-wise (rapidfuzz).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import numpy as np
from scipy import sparse

from ..stopwords import ENGLISH_STOP_WORDS

# A month named in full or shortened ("November", "Nov.", "Sept"), for regex alternations.
MONTH_WORDS = "|".join([*calendar.month_name[1:], "Sept", *calendar.month_abbr[1:]])


# Capital letters of Latin scripts, for patterns of names ("Šimková", "Ólafur", "Øygard").
CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())


def month_number(name: str) -> int:
    """The number of a month named in full or shortened ("november", "nov", "sept")."""
    return next(n for n in range(1, 13) if calendar.month_name[n].lower().startswith(name[:3]))


# A country or bloc named by its short forms: one place, however written ("the U.S." /
# "the USA", "the UK" / "Britain").
_PLACE_NAMES = {
    **dict.fromkeys(("us", "u s", "usa", "u s a", "united states", "united states of america",
                     "america"), "united states"),
    **dict.fromkeys(("uk", "u k", "united kingdom", "britain", "great britain"),
                    "united kingdom"),
    **dict.fromkeys(("uae", "u a e", "united arab emirates", "emirates"),
                    "united arab emirates"),
    **dict.fromkeys(("eu", "e u", "european union"), "european union"),
    **dict.fromkeys(("prc", "people s republic of china", "mainland china", "china"), "china"),
    **dict.fromkeys(("south korea", "republic of korea", "rok"), "south korea"),
    **dict.fromkeys(("drc", "dr congo", "democratic republic of congo",
                     "democratic republic of the congo"), "dr congo"),
}


def place_name(text: str) -> str:
    """A place's name folded to one spelling of it ("the U.S." and "USA" -> "united
    states"); other names lower-cased, without a leading "the"."""
    words = re.sub(r"[^a-z]+", " ", text.lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    key = " ".join(words)
    return _PLACE_NAMES.get(key, key)


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one string (for readable word lists)."""
    return frozenset(text.split())


_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
NUMBER_WORDS["hundred"] = 100
NUMBER_WORDS["dozen"] = 12

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-",
                         # letters no accent-stripping reaches, one for one ("Rafał" is
                         # "Rafal" as English outlets write it)
                         "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                         "ı": "i", "ħ": "h", "Ħ": "H"})
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "would", "could"}


# Contractions split by a tokenizer or typeset with spaces ("It ’ s", "hadn ' t").
_SPLIT_CONTRACTION = re.compile(r"(?<=[A-Za-z]) ?' ?(?=(?:s|t|re|ve|ll|d|m)\b)")


# A story's sentences are compared pairwise by many rules, so the same sentence is folded
# and tokenised thousands of times per brief: keep the results for recent texts.
@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lowercase, strip accents, straighten quotes and dashes, rejoin split contractions."""
    text = _SPLIT_CONTRACTION.sub("'", text.translate(_QUOTES))
    text = unicodedata.normalize("NFKD", text)
    if text.isascii():  # most English news once quotes are straightened: nothing to strip
        return text.lower()
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_TENS_UNITS = re.compile(r"\b(" + "|".join(_TENS) + r")[- ](" + "|".join(_UNITS[1:10]) + r")\b")
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b")


def _tens(m: re.Match[str]) -> str:
    return str(NUMBER_WORDS[m.group(1)] + NUMBER_WORDS[m.group(2)])


@lru_cache(maxsize=16384)
def _number_words(text: str) -> str:
    text = _TENS_UNITS.sub(_tens, text)
    return _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1)]), text)


def spell_numbers(text: str) -> str:
    """Number words as digits ("two" -> "2", "forty-two" -> "42") in folded text."""
    return _number_words(text)


def normalize(text: str) -> str:
    """Folded text with number words as digits and punctuation dropped."""
    return " ".join(tokens(text))


def tokens(text: str) -> list[str]:
    """Folded word tokens, numbers as digits, possessive 's dropped ("China's" -> "china")."""
    return list(_tokens(text))


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[str, ...]:
    found = _TOKEN.findall(_number_words(fold(text)).replace(",", ""))
    # "can't" and a typed "cant" are one word.
    return tuple(t.removesuffix("'s").replace("'", "") for t in found)


def content_words(text: str) -> set[str]:
    """Stemmed words that carry meaning (no stop words), numbers included."""
    return {stem(t) for t in tokens(text) if t not in STOP_WORDS and (len(t) > 2 or t.isdigit())}


def numbers(text: str) -> set[str]:
    """The numbers a text states, digits or words ("thirty" -> "30")."""
    return {n.replace(",", "") for n in _NUMBER.findall(_number_words(fold(text)))}


def stem(word: str) -> str:
    """A light plural strip, so "tariffs" meets "tariff" and "days" meets "day"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _analyzer_tokens(text: str) -> list[str]:
    return [stem(t) for t in tokens(text) if t not in STOP_WORDS]


def tfidf_vectors(texts: list[str]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows (words stemmed, numbers as digits, sublinear tf), fitted on
    the texts themselves; the dot product of two rows is their cosine similarity.

    Weights as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``: tf = 1 + ln(count),
    idf = ln((1 + n) / (1 + df)) + 1, each row scaled to unit length."""
    vocab: dict[str, int] = {}
    indptr, indices, counts = [0], [], []
    for text in texts:
        for term, count in Counter(_analyzer_tokens(text)).items():
            indices.append(vocab.setdefault(term, len(vocab)))
            counts.append(count)
        indptr.append(len(indices))
    if not vocab:  # no texts, or only empty ones and stop words
        return sparse.csr_matrix((len(texts), 1))
    n = len(texts)
    cols = np.asarray(indices, dtype=np.int64)
    df = np.bincount(cols, minlength=len(vocab))
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    data = (np.log(np.asarray(counts, dtype=np.float64)) + 1.0) * idf[cols]
    starts = np.asarray(indptr, dtype=np.int64)
    lengths = np.diff(starts)
    rows = np.repeat(np.arange(n), lengths)
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=n))
    data = data / norms[rows]
    return sparse.csr_matrix((data, cols, starts), shape=(n, len(vocab)))


def similarity_matrix(texts: list[str]) -> np.ndarray:
    """Pairwise TF-IDF cosine similarity of texts (dense; for a few hundred texts)."""
    n = len(texts)
    if n == 0:
        return np.zeros((0, 0))
    vectors = tfidf_vectors(texts)
    if vectors.nnz == 0:
        return np.eye(n)
    return (vectors @ vectors.T).toarray()


def clip(text: str, limit: int = 120) -> str:
    """A discrepancy's "about" line: the sentence, cut to ``limit`` characters with "..."."""
    return text if len(text) <= limit else text[:limit - 3] + "..."


# A percentage told as a change, read right before it: "rose 6.2%", "down 12.4%", "a fall of
# 21.4%", "fell by about 3%".
CHANGE_BEFORE = re.compile(r"\b(?:rose|rises|rising|fell|falls|falling|grew|grows|growing|"
                           r"increased|decreased|climbed|dropped|jumped|slipped|declined|gained|"
                           r"lost|up|down|(?:a\s+)?(?:fall|decline|drop|rise|increase|growth|jump|"
                           r"slump)\s+of)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|"
                           r"almost\s+|some\s+)?$", re.IGNORECASE)


# A sum over several months ("In the first 10 months of the year, … a surplus of $4.1
# billion", "between January and August", "year to date"): not one month's.
SEVERAL_MONTHS = re.compile(r"\b(?:first|past|last)\s+(?:\w+\s+)?(?:months|quarters)\b|"
                            r"\b(?:first|second)\s+half\b(?!\s+of\s+(?:the\s+)?(?:session|"
                            r"day|trading|match|game))|\bH[12]\b|"
                            r"\byear[- ]to[- ]date\b|\bso far this year\b|"
                            r"\bbetween\s+january\s+and\b|\bjanuary\s*[-–]\s*[a-z]+\b",
                            re.IGNORECASE)
