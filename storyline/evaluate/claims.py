"""Claim alignment on ECB+: do the claims pair sentences that tell the same happening?

Each ECB+ gold subtopic (its documents are one gold story, so clustering plays no part) is
analysed and reconciled as one story, and its claims (groups of sentences from several
articles) are read as pairs: two sentences of different documents in one claim are
predicted to corroborate each other. The gold is ECB+'s cross-document event coreference:
two sentences of different documents corroborate each other when they hold mentions of
one cross-document action chain (a ``CROSS_DOC_COREF`` whose instance id is an action,
``ACT…``, or a negated action, ``NEG…``). ECB+ annotates only some sentences of each
document (``ECBplus_coreference_sentences.csv``): only pairs of two such sentences are
scored. Storyline's sentences are mapped to the CAT sentences by character overlap.

Pair precision is the share of predicted pairs that share a gold chain; recall the share
of gold pairs some claim holds; F1 their harmonic mean, summed over the split's
subtopics; the same over the pairs of two sentences Storyline reads as statements
(headlines and fragments never join a claim). The baseline pairs every two sentences of
different documents whose TF-IDF cosine (fitted on the subtopic's sentences) is at least
0.5. Analyses are cached as in
``discrepancies_polnear`` (``--cache-dir``), so a re-run takes seconds.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from storyline.errors import DatasetError
from storyline.evaluate.catxml import CatDocument, read_cat
from storyline.records import Analysis, Article

logger = logging.getLogger(__name__)

BASELINE_COSINE = 0.5  # the baseline's bar: TF-IDF cosine of two sentences
_ACTION_IDS = ("ACT", "NEG")  # cross-document chains of actions and negated actions

# (document name without ".xml", CAT sentence number)
SentenceKey = tuple[str, int]
Pair = tuple[SentenceKey, SentenceKey]


@dataclass(frozen=True)
class GoldSentence:
    """One CAT sentence: where it stands in the article text and the action chains in it."""

    key: SentenceKey
    start: int
    end: int
    text: str
    chains: frozenset[str]


def load_selected(path: Path) -> set[SentenceKey]:
    """The sentences ECB+ annotated for coreference: (document, sentence number)."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        return {(f"{r['Topic']}_{r['File']}", int(r["Sentence Number"])) for r in rows}
    except (OSError, KeyError, ValueError, TypeError) as exc:
        raise DatasetError(f"{path}: not a readable list of annotated sentences ({exc}); "
                           "expected the columns Topic, File, Sentence Number") from exc


def action_chains(cat: CatDocument) -> dict[int, set[str]]:
    """CAT sentence number → the cross-document action chains mentioned in it."""
    sentence_of = {t.t_id: t.sentence for t in cat.tokens}
    where: dict[str, set[int]] = {}
    for markable in cat.root.iter():
        if markable.tag.startswith(("ACTION_", "NEG_ACTION_")) and markable.get("m_id"):
            found = {sentence_of[t] for t in cat.anchors(markable) if t in sentence_of}
            if found:
                where[markable.get("m_id", "")] = found
    out: dict[int, set[str]] = defaultdict(set)
    for relation in cat.root.iter("CROSS_DOC_COREF"):
        chain = relation.get("note", "")
        if not chain.startswith(_ACTION_IDS):
            continue
        for source in relation.findall("source"):
            for number in where.get(source.get("m_id", ""), ()):
                out[number].add(chain)
    return out


def gold_sentences(cat: CatDocument, text: str) -> list[GoldSentence]:
    """The CAT sentences found, in order, in the article text built from them (a sentence
    left out of the text, such as a leading URL, is skipped)."""
    from storyline.evaluate.clustering import detokenize

    chains = action_chains(cat)
    name = cat.path.name.removesuffix(".xml")
    out = []
    cursor = 0
    for tokens in cat.sentences():
        line = detokenize([t.text for t in tokens])
        at = text.find(line, cursor) if line else -1
        if at < 0:
            continue
        cursor = at + len(line)
        number = tokens[0].sentence
        out.append(GoldSentence((name, number), at, cursor, line,
                                frozenset(chains.get(number, ()))))
    return out


def gold_pairs(sentences: Iterable[GoldSentence], selected: set[SentenceKey]) -> set[Pair]:
    """Annotated sentences of different documents that share an action chain."""
    chosen = [s for s in sentences if s.key in selected and s.chains]
    return {_pair(a.key, b.key) for a, b in combinations(chosen, 2)
            if a.key[0] != b.key[0] and a.chains & b.chains}


def _pair(a: SentenceKey, b: SentenceKey) -> Pair:
    return (a, b) if a <= b else (b, a)


def sentence_map(analysis: Analysis, golds: Sequence[GoldSentence]) -> dict[int, SentenceKey]:
    """Each Storyline sentence's CAT sentence: the one it overlaps most."""
    out: dict[int, SentenceKey] = {}
    for s in analysis.sentences:
        best, most = None, 0
        for g in golds:
            overlap = min(s.end, g.end) - max(s.start, g.start)
            if overlap > most:
                best, most = g.key, overlap
        if best is not None:
            out[s.index] = best
    return out


def claim_pairs(claims: Iterable[Sequence[tuple[str, int]]],
                keys: dict[tuple[str, int], SentenceKey]) -> set[Pair]:
    """Pairs of CAT sentences of different documents that one claim holds; a claim is its
    cited (article id, sentence index) list."""
    out: set[Pair] = set()
    for cited in claims:
        mapped = {keys[c] for c in cited if c in keys}
        out.update(_pair(a, b) for a, b in combinations(sorted(mapped), 2) if a[0] != b[0])
    return out


def baseline_pairs(sentences: Sequence[GoldSentence],
                   cosine: float = BASELINE_COSINE) -> set[Pair]:
    """Sentences of different documents with TF-IDF cosine at least ``cosine``."""
    from storyline.reconcile.text import tfidf_vectors

    if len(sentences) < 2:
        return set()
    vectors = tfidf_vectors([s.text for s in sentences])
    sim = (vectors @ vectors.T).toarray()
    return {_pair(a.key, b.key) for (i, a), (j, b) in combinations(enumerate(sentences), 2)
            if a.key[0] != b.key[0] and sim[i, j] >= cosine}


def score(predicted: set[Pair], gold: set[Pair], selected: set[SentenceKey]) -> dict:
    """Pair precision, recall and F1 over pairs of two annotated sentences."""
    scored = {p for p in predicted if p[0] in selected and p[1] in selected}
    hits = len(scored & gold)
    precision = hits / len(scored) if scored else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "predicted_pairs": len(scored), "gold_pairs": len(gold), "correct_pairs": hits}


def _reconciled_claims(subtopic: str, articles: Sequence[Article],
                       analyses: Sequence[Analysis]) -> list[list[tuple[str, int]]]:
    """Reconcile the subtopic's articles as one story; each claim's cited sentences."""
    from storyline.evaluate.discrepancies import reconcile_as_one_story

    rec = reconcile_as_one_story(subtopic, articles, analyses)
    return [[(c.article_id, c.sentence_index) for c in claim.citations] for claim in rec.claims]


def _subtopics(data_dir: Path, split: str) -> list[str]:
    from storyline.evaluate.clustering import ecbplus_split

    return [f"{t}{kind}" for t in ecbplus_split(data_dir, split) for kind in ("ecb", "ecbplus")]


def evaluate_claims(dataset: str, split: str, data_dir: Path, *,
                    cache_dir: Path | None = None, predictions: Path | None = None) -> dict:
    """Score the claims' sentence pairs against ECB+'s cross-document event coreference."""
    from storyline.evaluate.clustering import load_ecbplus_subtopic
    from storyline.evaluate.discrepancies_polnear import cached_analyses
    from storyline.reconcile.evidence import is_content

    if dataset != "ecbplus":
        raise DatasetError(f"unknown claim-alignment dataset {dataset!r}; use ecbplus")
    data_dir = Path(data_dir)
    selected = load_selected(data_dir / "ecbplus" / "ECBplus_coreference_sentences.csv")
    subtopics: list[tuple[str, list[Article]]] = []
    for sub in _subtopics(data_dir, split):
        try:
            subtopics.append((sub, load_ecbplus_subtopic(data_dir, sub)))
        except DatasetError:
            logger.warning("%s: no documents; skipped", sub)
    if not subtopics:
        raise DatasetError(f"{data_dir / 'ecbplus'}: no ECB+ documents for split {split!r}")
    everything = [a for _, arts in subtopics for a in arts]
    analyses = iter(cached_analyses(everything, cache_dir, f"ecbplus-claims-{split}"))
    predicted: set[Pair] = set()
    baseline: set[Pair] = set()
    gold: set[Pair] = set()
    texts: dict[SentenceKey, str] = {}
    statements: set[SentenceKey] = set()  # CAT sentences Storyline reads as statements
    for sub, articles in subtopics:
        mine = [next(analyses) for _ in articles]
        golds: list[GoldSentence] = []
        keys: dict[tuple[str, int], SentenceKey] = {}
        for article, analysis in zip(articles, mine, strict=True):
            cat = read_cat(Path(article.source or ""))
            found = gold_sentences(cat, article.text)
            golds.extend(found)
            mapped = sentence_map(analysis, found)
            keys.update({(article.id, i): k for i, k in mapped.items()})
            statements.update(mapped[x.index] for x in analysis.sentences
                              if x.index in mapped and is_content(x.text))
        texts.update({g.key: g.text for g in golds})
        gold |= gold_pairs(golds, selected)
        predicted |= claim_pairs(_reconciled_claims(sub, articles, mine), keys)
        baseline |= baseline_pairs([g for g in golds if g.key in selected])
    if predictions:
        _write_pairs(predictions, predicted, gold, selected, texts)
    return {
        "dataset": dataset,
        "split": split,
        "subtopics": len(subtopics),
        "documents": len(everything),
        "annotated_sentences": sum(1 for k in texts if k in selected),
        "gold": "ECB+ cross-document action coreference (ACT/NEG chains) between sentences "
                "of different documents, both in ECBplus_coreference_sentences.csv",
        "storyline": score(predicted, gold, selected),
        "storyline_on_statements": {
            "name": "pairs of two sentences Storyline reads as statements (headlines and "
                    "fragments are never claims)",
            **score(predicted, {p for p in gold if p[0] in statements and p[1] in statements},
                    selected & statements)},
        "baseline": {"name": f"sentences of different documents with TF-IDF cosine >= "
                             f"{BASELINE_COSINE}", **score(baseline, gold, selected)},
    }


def _write_pairs(path: Path, predicted: set[Pair], gold: set[Pair],
                 selected: set[SentenceKey], texts: dict[SentenceKey, str]) -> None:
    """Every scored pair with its verdict: correct, false (grouped, no shared chain) or
    missed (a shared chain, not grouped)."""
    scored = {p for p in predicted if p[0] in selected and p[1] in selected}
    rows = [(p, "correct" if p in gold else "false") for p in sorted(scored)]
    rows += [(p, "missed") for p in sorted(gold - scored)]
    try:
        with open(path, "w", encoding="utf-8") as fh:
            for (a, b), verdict in rows:
                fh.write(json.dumps({"verdict": verdict, "a": f"{a[0]}#{a[1]}",
                                     "b": f"{b[0]}#{b[1]}", "a_text": texts.get(a, ""),
                                     "b_text": texts.get(b, "")}) + "\n")
    except OSError as exc:
        raise DatasetError(f"{path}: cannot write the predictions ({exc})") from exc
