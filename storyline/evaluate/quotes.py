"""Quote and speaker extraction scored against PolNeAR (political news attributions).

PolNeAR annotates every attribution relation in 1,008 news articles: a Content span (what
was said, believed or shown; discontinuous when a cue splits it), a Cue and, unless the
attribution has none, a Source span (the local mention: "she", "the daily"). Two thirds are
reported speech without quotation marks.

Scores (one-to-one matching within each document, greedy by overlap):
- content, overlap: a prediction matches a gold attribution when their content characters
  overlap;
- content, exact: the content spans are equal once quotation marks, punctuation and spaces
  at either edge are trimmed (a split gold content is taken from its first to last part);
- speaker-attributed, overlap (the headline figure): the content overlaps AND the predicted
  speaker span overlaps the gold source span (or both have none);
- speaker accuracy: among content-overlap matches, how many also match the source.

A quote-mark regex baseline is scored in the same run. Storyline's predictions can be
written as JSONL ``{"doc", "content": [start, end], "source": [start, end] | null}``;
``read_predictions`` + ``score`` re-score such a file.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.errors import DatasetError
from storyline.evaluate.scoring import prf

log = logging.getLogger(__name__)

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data"

# Published or locally measured numbers printed beside ours (see polnear/SOURCE.md).
REFERENCES = {
    "textacy direct_quotations (speaker-attributed F1, overlap, test)": 31.7,
    "sayswho (speaker-attributed F1, overlap, test)": 31.3,
    "quote-mark regex (speaker-attributed F1, overlap, test)": 25.8,
    "BBC Citron on PARC 3.0 (all quote spans, overlap F1; other corpus)": 83.2,
    "human agreement (attribution-wise, PolNeAR README)": 92.3,
}

Span = tuple[int, int]


@dataclass
class GoldAttribution:
    content: list[Span]
    source: list[Span] | None
    cue: list[Span] = field(default_factory=list)


@dataclass
class GoldDoc:
    name: str
    text: str
    attributions: list[GoldAttribution]


@dataclass
class Prediction:
    content: Span
    source: Span | None


# --------------------------------------------------------------------------- reading


def load_polnear(split: str, data_dir: Path) -> list[GoldDoc]:
    """The gold documents of one split (one annotator file per document)."""
    root = Path(data_dir) / "polnear" / split
    if not (root / "attributions").is_dir():
        raise DatasetError(
            f"PolNeAR split {split!r} not found under {root}: pass --data-dir pointing at the "
            "folder that holds polnear/ (train, dev or test)"
        )
    by_doc: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        by_doc.setdefault(name, ann)  # several annotators: keep the first file
    docs = []
    for name, ann in sorted(by_doc.items()):
        txt = root / "text" / f"{name}.txt"
        if not txt.exists():
            raise DatasetError(f"{ann}: no text file {txt.name} next to it")
        text = txt.read_text(encoding="utf-8")
        docs.append(GoldDoc(name, text, parse_ann(ann.read_text(encoding="utf-8"))))
    return docs


def parse_ann(data: str) -> list[GoldAttribution]:
    """Attribution relations from a BRAT standoff file."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    relations: list[dict[str, str]] = []
    for line in data.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, ranges = parts[1].partition(" ")
            frags = []
            for rng in ranges.split(";"):
                a, b = rng.split()
                frags.append((int(a), int(b)))
            spans[parts[0]] = (label, frags)
        elif parts[0].startswith("E"):
            args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
            relations.append(args)
    out = []
    for rel in relations:
        kind = "Attribution" if "Attribution" in rel else "Attribution-no-source"
        if kind not in rel or "Content" not in rel or rel["Content"] not in spans:
            continue
        source = spans[rel["Source"]][1] if rel.get("Source") in spans else None
        cue = spans[rel["Cue"]][1] if rel.get("Cue") in spans else []
        out.append(GoldAttribution(spans[rel["Content"]][1], source, cue))
    return out


def read_predictions(path: Path) -> dict[str, list[Prediction]]:
    """A predictions JSONL file, grouped by document."""
    out: dict[str, list[Prediction]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(f"cannot read predictions file {path}: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            content = (int(row["content"][0]), int(row["content"][1]))
            src = row.get("source")
            source = (int(src[0]), int(src[1])) if src else None
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise DatasetError(
                f"{path}, line {n}: expected {{\"doc\", \"content\": [start, end], "
                f"\"source\": [start, end] or null}} ({exc})"
            ) from exc
        out.setdefault(str(row["doc"]), []).append(Prediction(content, source))
    return out


# --------------------------------------------------------------------------- systems


def storyline_predictions(docs: list[GoldDoc]) -> dict[str, list[Prediction]]:
    """Storyline's quotes (direct and reported) for each document."""
    from storyline.nlp import analyze_many
    from storyline.records import Article

    articles = (Article(text=d.text, external_id=d.name) for d in docs)
    out: dict[str, list[Prediction]] = {}
    for doc, analysis in zip(docs, analyze_many(articles), strict=True):
        preds = []
        for q in analysis.quotes:
            start = q.start
            # PolNeAR's content includes the complementizer ("that the talks failed");
            # Storyline's quote text leaves it out.
            if q.kind == "indirect":
                m = _THAT_BEFORE.search(doc.text, max(0, start - 8), start)
                if m is not None:
                    start = m.start()
            source = None
            if q.speaker_start is not None and q.speaker_end is not None:
                source = (q.speaker_start, q.speaker_end)
            preds.append(Prediction((start, q.end), source))
        out[doc.name] = preds
    return out


_THAT_BEFORE = re.compile(r"\b(?:that|whether|if)\s+$")
_REGEX_QUOTE = re.compile(r"[“\"]([^“”\"\n]{3,}?)[”\"]")
_REGEX_CUE = r"(?:said|says|say|told|added|wrote|asked|explained|noted|continued|argued)"
_REGEX_AFTER = re.compile(
    rf"\s*,?\s*(?:(?P<pre>(?:[A-Z][\w.’'-]*|he|she|they|it|we|I|the\s+\w+)"
    rf"(?:\s+[A-Z][\w.’'-]*){{0,3}})"
    rf"\s+{_REGEX_CUE}\b|{_REGEX_CUE}\s+(?P<post>(?:[A-Z][\w.’'-]*|he|she)"
    rf"(?:\s+[A-Z][\w.’'-]*){{0,3}}))"
)


def regex_predictions(docs: list[GoldDoc]) -> dict[str, list[Prediction]]:
    """Baseline: every quotation of 4+ words; the speaker from '…,” NAME said' patterns."""
    out: dict[str, list[Prediction]] = {}
    for doc in docs:
        preds = []
        for m in _REGEX_QUOTE.finditer(doc.text):
            if len(m.group(1).split()) < 4:
                continue
            source = None
            after = _REGEX_AFTER.match(doc.text, m.end())
            if after is not None:
                group = "pre" if after.group("pre") else "post"
                source = (after.start(group), after.end(group))
            preds.append(Prediction((m.start(1), m.end(1)), source))
        out[doc.name] = preds
    return out


# --------------------------------------------------------------------------- scoring

_EDGE = " \t\n“”\"‘’'«»„,.;:!?—–-()"


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _overlap(a: Span, frags: Iterable[Span]) -> int:
    return sum(max(0, min(a[1], f[1]) - max(a[0], f[0])) for f in frags)


def _match(pairs: list[tuple[int, int, int]]) -> int:
    """Size of a greedy one-to-one matching over (weight, gold, pred) candidate pairs."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, g, p in sorted(pairs, reverse=True):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
    return len(used_g)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    return prf(tp, n_pred, n_gold)


def score(docs: list[GoldDoc], predictions: dict[str, list[Prediction]]) -> dict[str, Any]:
    """Precision/recall/F1 of one system's predictions against the gold documents."""
    n_gold = n_pred = tp_overlap = tp_exact = tp_speaker = 0
    for doc in docs:
        gold = doc.attributions
        preds = predictions.get(doc.name, [])
        n_gold += len(gold)
        n_pred += len(preds)
        overlap_pairs, exact_pairs, speaker_pairs = [], [], []
        for gi, g in enumerate(gold):
            g_hull = _trim(doc.text, min(f[0] for f in g.content), max(f[1] for f in g.content))
            for pi, p in enumerate(preds):
                ov = _overlap(p.content, g.content)
                if ov <= 0:
                    continue
                overlap_pairs.append((ov, gi, pi))
                if _trim(doc.text, *p.content) == g_hull:
                    exact_pairs.append((ov, gi, pi))
                if _source_ok(p.source, g.source):
                    speaker_pairs.append((ov, gi, pi))
        tp_overlap += _match(overlap_pairs)
        tp_exact += _match(exact_pairs)
        tp_speaker += _match(speaker_pairs)
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "content_overlap": _prf(tp_overlap, n_pred, n_gold),
        "content_exact": _prf(tp_exact, n_pred, n_gold),
        "speaker_attributed_overlap": _prf(tp_speaker, n_pred, n_gold),
        "speaker_accuracy_on_matched": round(100 * tp_speaker / tp_overlap, 1)
        if tp_overlap
        else 0.0,
    }


def _source_ok(pred: Span | None, gold: list[Span] | None) -> bool:
    if gold is None:
        return pred is None
    return pred is not None and _overlap(pred, gold) > 0


# --------------------------------------------------------------------------- entry point


def evaluate_quotes(
    dataset: str = "polnear",
    split: str = "test",
    data_dir: Path = DEFAULT_DATA_DIR,
    predictions: Path | None = None,
    *,
    limit: int | None = None,
) -> dict[str, Any]:
    """Score Storyline's quotes (and a regex baseline in the same run) on a split.

    ``predictions``: also write Storyline's predictions there as JSONL (``doc``,
    ``content`` and ``source`` character offsets into the dataset's ``.txt``) so the
    figures can be re-scored independently. ``limit`` keeps the first N documents.
    """
    if dataset != "polnear":
        raise DatasetError(f"unknown quote dataset {dataset!r}: the only one is 'polnear'")
    docs = load_polnear(split, Path(data_dir))
    if limit is not None:
        docs = docs[:limit]
    systems = {
        "storyline": storyline_predictions(docs),
        "regex_baseline": regex_predictions(docs),
    }
    if predictions is not None:
        lines = iter_predictions_jsonl(systems["storyline"])
        Path(predictions).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    result: dict[str, Any] = {
        "dataset": dataset,
        "split": split,
        "documents": len(docs),
        "attributions": sum(len(d.attributions) for d in docs),
        "headline": "speaker_attributed_overlap",
        "systems": {name: score(docs, preds) for name, preds in systems.items()},
        "references": REFERENCES,
    }
    return result


def iter_predictions_jsonl(predictions: dict[str, list[Prediction]]) -> Iterator[str]:
    """Predictions as JSONL lines (the format ``read_predictions`` reads)."""
    for name, preds in predictions.items():
        for p in preds:
            yield json.dumps(
                {"doc": name, "content": list(p.content),
                 "source": list(p.source) if p.source else None}
            )
