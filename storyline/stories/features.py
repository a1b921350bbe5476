"""Feature vectors for story clustering: what makes one event different from its neighbours.

An article becomes one sparse vector in a hashed space made of weighted blocks, whose
cosine is a weighted sum of per-block cosines:

* ``words`` — TF-IDF of title (counted twice) and body. Tokens and term counts are hashed
  as scikit-learn's ``HashingVectorizer`` does (``hashing.py``; stateless, so it works
  online, and without importing scikit-learn); the IDF comes from
  running document frequencies kept in :class:`Vocabulary`, applied whenever vectors are
  compared, so the weights improve as the stream grows instead of being refitted.
* ``entities`` — specific named entities (places, people, organisations, events...) from
  ``Analysis.entities``, hashed into the same space, IDF-weighted so rare
  names count most; a person's surname is added so "Lutnick" meets "Howard Lutnick".
  The outlet's own name is left out of words and entities: every article of one outlet
  carries it (bylines, "told Atlas Newswire"), so it would glue a day of its news together.
  When two vectors are compared, the shared names count at most ``names_words_cap`` times
  the shared words (:func:`capped_names`): a block made of one common name is no event.
* ``numbers`` — numbers written in the text ("145", "2.4 billion" → "2.4").
* ``dates`` — calendar dates the NLP stage resolved (``Analysis.times``).

Time proximity is not part of the vector: :func:`article_day` gives the day an article is
about (publication date, else the date the text gives) and the index scores distance.
Without a publication date, the dates a text states and its series numbers ("Flight 7")
are compared as evidence apart from the vector (``evidence.py``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import numpy as np

from storyline.records import Analysis, Article

from .hashing import TermHasher, word_terms

logger = logging.getLogger(__name__)

DEFAULT_WEIGHTS = {"words": 1.0, "entities": 1.0, "numbers": 0.5, "dates": 0.25}

# Entity labels that name something specific to one event. NORP ("Chinese") and
# quantities are left out: they describe the topic, not the event.
SPECIFIC_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_LEADING_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")


BLOCKS = ("words", "entities", "numbers", "dates")


@dataclass(frozen=True)
class Features:
    """One article (or story profile): sorted hashed indices, term weights and block ids.

    ``values`` are sublinear term frequencies, scaled so that each block has unit norm; the
    IDF is applied only when vectors are compared (:meth:`Featurizer.weigh`), with the
    document frequencies known at that moment, so early articles are not stuck with the
    poor IDF of a young stream.
    """

    indices: np.ndarray  # int32, sorted
    values: np.ndarray  # float32
    blocks: np.ndarray  # int8, index into BLOCKS

    def __len__(self) -> int:
        return len(self.indices)


def empty() -> Features:
    return Features(np.zeros(0, np.int32), np.zeros(0, np.float32), np.zeros(0, np.int8))


class Vocabulary:
    """Running document frequencies over the hashed space: the online IDF.

    The IDF used for weighting is a snapshot refreshed whenever the stream has grown by 5%
    (every article while it is small): weights of stored stories can then be cached per
    snapshot (``epoch``), and a rebuilt index replaying the same articles in the same order
    sees exactly the same weights.
    """

    def __init__(self, n_features: int) -> None:
        self.n_features = n_features
        self.df = np.zeros(n_features, dtype=np.int32)
        self.n_docs = 0
        self.epoch = 0
        self._idf = np.ones(n_features, dtype=np.float32)
        self._snapshot_n = 0

    def observe(self, indices: np.ndarray) -> None:
        self.df[indices] += 1
        self.n_docs += 1
        if self.n_docs - self._snapshot_n >= max(1, self._snapshot_n // 20):
            # sklearn's smoothed idf: log((1 + n) / (1 + df)) + 1
            self._idf = (np.log((1.0 + self.n_docs) / (1.0 + self.df)) + 1.0).astype(np.float32)
            self._snapshot_n = self.n_docs
            self.epoch += 1

    def idf(self, indices: np.ndarray) -> np.ndarray:
        return self._idf[indices]

    @property
    def top_idf(self) -> float:
        """The IDF of a term seen in no document yet (the largest of this snapshot)."""
        return float(np.log(1.0 + self._snapshot_n) + 1.0)

    def state(self) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
        """(document frequencies, IDF snapshot, counters): what a saved index keeps."""
        counters = {"n_docs": self.n_docs, "epoch": self.epoch, "snapshot_n": self._snapshot_n}
        return self.df, self._idf, counters

    def load_state(self, df: np.ndarray, idf: np.ndarray, counters: dict[str, int]) -> None:
        """Continue from a saved :meth:`state` (the same ``n_features``)."""
        if len(df) != self.n_features or len(idf) != self.n_features:
            raise ValueError("saved vocabulary has another number of features")
        self.df = df.astype(np.int32)
        self._idf = idf.astype(np.float32)
        self.n_docs = int(counters["n_docs"])
        self.epoch = int(counters["epoch"])
        self._snapshot_n = int(counters["snapshot_n"])


class Featurizer:
    """Turns (article, analysis) into :class:`Features`; owns the running IDF."""

    def __init__(
        self,
        n_features: int = 2**20,
        weights: dict[str, float] | None = None,
        ngram_max: int = 1,
        common_damping: bool = True,
    ) -> None:
        weights = {**DEFAULT_WEIGHTS, **(weights or {})}
        self.common_damping = common_damping
        self.block_weight = np.array([weights.get(b, 0.0) for b in BLOCKS], np.float32)
        self.vocabulary = Vocabulary(n_features)
        self.ngram_max = ngram_max
        self._hasher = TermHasher(n_features)

    @property
    def hasher(self) -> TermHasher:
        """The term hasher of the feature space (house.py hashes segments with it)."""
        return self._hasher

    def __call__(self, article: Article, analysis: Analysis | None,
                 keep: int | None = None) -> Features:
        """The article's features (heaviest ``keep`` terms); updates the running IDF."""
        title = article.title or ""
        own = outlet_names(article)
        text = strip_names(f"{title}\n{title}\n{article.text}", own)
        blocks = [self._hasher.counts(terms) for terms in (
            word_terms(text, self.ngram_max),
            entity_terms(article.text, analysis, own),
            number_terms(article.text),
            date_terms(analysis),
        )]

        # Document frequency counts each hashed term once per article, across blocks.
        present = np.unique(np.concatenate([b[0] for b in blocks]).astype(np.int32))
        self.vocabulary.observe(present)

        parts = []
        for b, (idx, tf) in enumerate(blocks):
            if self.block_weight[b] <= 0 or len(idx) == 0:
                continue
            v = (1.0 + np.log(tf)).astype(np.float32)
            v /= float(np.linalg.norm(v))
            parts.append((idx.astype(np.int32), v, np.full(len(idx), b, np.int8)))
        feats = _merge(parts)
        if keep is not None and len(feats) > keep:
            weight = feats.values * self.vocabulary.idf(feats.indices)
            top = np.sort(np.argpartition(-weight, keep - 1)[:keep])
            feats = Features(feats.indices[top], feats.values[top], feats.blocks[top])
        return feats

    def weigh(self, feats: Features) -> np.ndarray:
        """Unit-norm TF-IDF values of ``feats``: each block L2-normalised under the current
        IDF and scaled by the square root of its weight, so that a dot product of two
        weighed vectors is the weighted sum of per-block cosines (before the final norm)."""
        if len(feats) == 0:
            return np.zeros(0, np.float32)
        w = feats.values * self.vocabulary.idf(feats.indices)
        if self.common_damping:
            # Each block is normalised as if all its terms were as rare as can be, so a
            # block of names found everywhere in the stream ("Trump" in 2016, a country in
            # trade news) keeps its low IDF instead of being scaled up to a full block.
            tf = feats.values.astype(np.float64)
            block_norm = self.vocabulary.top_idf * np.sqrt(
                np.bincount(feats.blocks, weights=tf * tf, minlength=len(BLOCKS)))
        else:
            block_norm = np.sqrt(np.bincount(feats.blocks, weights=w * w,
                                             minlength=len(BLOCKS)))
        scale = np.sqrt(self.block_weight) / np.where(block_norm > 0, block_norm, 1.0)
        w = w * scale[feats.blocks]
        norm = float(np.linalg.norm(w))
        return (w / norm).astype(np.float32) if norm > 0 else w.astype(np.float32)


WORDS_BLOCK, ENTITIES_BLOCK = BLOCKS.index("words"), BLOCKS.index("entities")


def word_count(feats: Features) -> int:
    """How many distinct word terms an article's features hold (a feed summary: ~20)."""
    return int(np.count_nonzero(feats.blocks == WORDS_BLOCK))


def capped_names(per_block: np.ndarray, cap: float) -> np.ndarray:
    """A score from its per-block parts (last axis: ``BLOCKS``), the names' part held to at
    most ``cap`` times the words' part; ``cap`` 0: no limit (the plain sum).

    Names alone do not make one event: two feed summaries of one outlet that both name
    Clinton (and nothing else) have an entity block made of that one name, and block
    normalisation turns it into a full match whatever its IDF. The words block holds the
    same names with the weight their IDF gives them beside the other words, so two reports
    of one event that share a rare name share it among the words too."""
    if cap <= 0:
        return per_block.sum(axis=-1)
    names = np.minimum(per_block[..., ENTITIES_BLOCK], cap * per_block[..., WORDS_BLOCK])
    return per_block.sum(axis=-1) - per_block[..., ENTITIES_BLOCK] + names


def add(a: Features, b: Features, scale_b: float = 1.0) -> Features:
    """Term-wise sum ``a + scale_b * b``."""
    return _merge([(a.indices, a.values, a.blocks), (b.indices, b.values * scale_b, b.blocks)])


def _merge(parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> Features:
    if not parts:
        return empty()
    idx = np.concatenate([p[0] for p in parts])
    val = np.concatenate([p[1] for p in parts]).astype(np.float32)
    blk = np.concatenate([p[2] for p in parts])
    uniq, first, inverse = np.unique(idx, return_index=True, return_inverse=True)
    if len(uniq) == len(idx):
        order = np.argsort(idx, kind="stable")
        return Features(idx[order].astype(np.int32), val[order], blk[order])
    summed = np.zeros(len(uniq), np.float32)
    np.add.at(summed, inverse, val)
    # A hash collision between blocks keeps the first block's id: rare and harmless.
    return Features(uniq.astype(np.int32), summed, blk[first])


def normalise_name(text: str) -> str:
    """'the White House's' → 'white house'."""
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text))
    return text.lower().strip(" .,;:-\"'")


def outlet_names(article: Article) -> frozenset[str]:
    """The publishing outlet's own names ("Atlas Newswire", "atlasnewswire" of its host):
    every article of one outlet says them, so they say nothing about the event."""
    names = set()
    if article.outlet:
        names.add(normalise_name(article.outlet))
    host = urlsplit(article.url).hostname if article.url else None
    if host:
        stem = host.removeprefix("www.").split(".")[0]
        names.add(stem.lower())
    return frozenset(n for n in names if len(n) >= 3)


def strip_names(text: str, names: frozenset[str]) -> str:
    """The text without the given names (whole words, any case)."""
    for name in names:
        text = re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", " ", text, flags=re.IGNORECASE)
    return text


def _is_own(name: str, own: frozenset[str]) -> bool:
    return any(name == o or name.startswith(o + " ") or name.endswith(" " + o)
               or name.replace(" ", "") == o for o in own)


def entity_terms(text: str, analysis: Analysis | None,
                 own: frozenset[str] = frozenset()) -> list[str]:
    """Specific entities as hashed-feature strings, one per mention (counts are tf); the
    outlet's own names (``own``) are left out."""
    terms: list[str] = []
    for ent in analysis.entities if analysis else []:
        if ent.label not in SPECIFIC_LABELS:
            continue
        name = normalise_name(ent.text)
        if len(name) < 2 or _is_own(name, own):
            continue
        # One namespace for all labels: NER often calls the same name GPE here, ORG there.
        terms.append("e:" + name)
        if ent.label == "PERSON" and " " in name:
            terms.append("e:" + name.rsplit(" ", 1)[1])
    return terms


def number_terms(text: str) -> list[str]:
    """Numbers written in the text, normalised ('1,200' → '1200'); single digits skipped."""
    out = []
    for match in _NUMBER.finditer(text):
        raw = match.group(0).replace(",", "")
        if len(raw) >= 2:
            out.append("n:" + raw)
    return out


def date_terms(analysis: Analysis | None) -> list[str]:
    """Calendar values of the resolved time expressions ('2025-06-10', '2025-05')."""
    out = []
    for t in analysis.times if analysis else []:
        if t.type == "DATE" and t.value and _CALENDAR.match(t.value):
            # "2013-07-21" also yields "2013-07" and "2013", so that dates of different
            # precision still meet.
            out += ["d:" + t.value[:n] for n in (4, 7, 10) if len(t.value) >= n]
    return out


def article_day(article: Article, analysis: Analysis | None) -> int | None:
    """The day an article is about, as a date ordinal: published, else the text's own date."""
    for value in (article.published_date, analysis.reference_date if analysis else None):
        if value:
            try:
                return date.fromisoformat(value[:10]).toordinal()
            except ValueError:
                logger.debug("unreadable date %r for article %s", value, article.id)
    return None
