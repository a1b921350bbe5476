"""Named-entity mentions scored against MEANTIME (English Wikinews, CAT XML).

Gold: every ENTITY_MENTION that is a name (``syntactic_type`` NAM, or PRE.NAM for a name
used as a premodifier: "U.S." in "U.S. automaker"), typed by the entity it REFERS_TO
(PER, ORG, LOC, PRO, FIN). The document text is rebuilt from the tokens (one line per
sentence, tokens joined by spaces).

Two systems run in the same command:
- ``spacy``: the raw spaCy model's NER (PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC,
  PRODUCT -> PRO);
- ``storyline``: the people and organisations of ``storyline.nlp`` (titles stripped, split
  names joined, surnames found whatever NER called them, title words and headline runs
  dropped) for PER and ORG, and the same NER for the other types.

Predictions after the last annotated sentence are not scored. MEANTIME marks names only
for the entities taking part in its annotated events, so many correct names count as false
positives: compare the two systems' precision, not its absolute value. A prediction counts
when its span equals a gold name's span (a leading "the" and a final possessive 's ignored
on both sides) and the types agree; "overlap" scores count any shared character.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import DatasetError
from storyline.evaluate.catxml import join_tokens, read_cat
from storyline.evaluate.scoring import prf

log = logging.getLogger(__name__)

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data"
NAME_TYPES = {"NAM", "PRE.NAM"}
TYPES = ("PER", "ORG", "LOC", "PRO")
HEADLINE_TYPES = ("PER", "ORG", "LOC")
SPACY_TO_MEANTIME = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
                     "PRODUCT": "PRO"}

Mention = tuple[int, int, str]  # start, end, type


@dataclass
class EntityDoc:
    name: str
    text: str
    gold: list[Mention]
    annotated_end: int  # predictions after this offset are not scored


def load_meantime(data_dir: Path) -> list[EntityDoc]:
    """The 120 English MEANTIME documents with their named entity mentions."""
    root = Path(data_dir) / "meantime-en" / "intra_cross-doc_annotation"
    files = sorted(root.glob("corpus_*/*.xml"))
    if not files:
        raise DatasetError(
            f"MEANTIME not found under {root}: pass --data-dir pointing at the folder that "
            "holds meantime-en/"
        )
    return [_read_doc(f) for f in files]


def _read_doc(path: Path) -> EntityDoc:
    doc = read_cat(path)
    root = doc.root
    text, offsets = join_tokens(doc.tokens)

    # Only the first sentences of each article are annotated: score that part only.
    annotated = {a.get("t_id", "") for a in root.iter("token_anchor")}
    last = max((offsets[t][1] for t in annotated if t in offsets), default=0)
    end_of_part = text.find("\n", last)
    annotated_end = len(text) if end_of_part < 0 else end_of_part

    markables = root.find("Markables")
    types: dict[str, str] = {}
    mentions: dict[str, tuple[str, list[str]]] = {}
    if markables is not None:
        for el in markables:
            if el.tag == "ENTITY":
                types[el.get("m_id", "")] = el.get("ent_type", "")
            elif el.tag == "ENTITY_MENTION":
                anchors = [a.get("t_id", "") for a in el.findall("token_anchor")]
                mentions[el.get("m_id", "")] = (el.get("syntactic_type", ""), anchors)
    mention_type: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations.findall("REFERS_TO"):
            target = rel.find("target")
            if target is None:
                continue
            etype = types.get(target.get("m_id", ""))
            for src in rel.findall("source"):
                if etype:
                    mention_type[src.get("m_id", "")] = etype
    gold = []
    for m_id, (syn, anchors) in mentions.items():
        if syn not in NAME_TYPES or m_id not in mention_type or not anchors:
            continue
        spans = [offsets[a] for a in anchors if a in offsets]
        if spans:
            gold.append(_norm(text, min(s for s, _ in spans), max(e for _, e in spans),
                              mention_type[m_id]))
    return EntityDoc(path.stem, text, sorted(set(gold)), annotated_end)


def _norm(text: str, start: int, end: int, etype: str) -> Mention:
    """Ignore a leading 'the' and a final possessive."""
    if text[start:end].lower().startswith("the "):
        start += 4
    for suffix in (" 's", " ’s", "'s", "’s", " '"):
        if text[start:end].endswith(suffix) and end - len(suffix) > start:
            end -= len(suffix)
            break
    return start, end, etype


# --------------------------------------------------------------------------- systems


def predict(docs: list[EntityDoc]) -> dict[str, dict[str, list[Mention]]]:
    """Predictions of both systems, by document: {"spacy": {...}, "storyline": {...}}."""
    from storyline.nlp import analyze_many
    from storyline.records import Article

    out: dict[str, dict[str, list[Mention]]] = {"spacy": {}, "storyline": {}}
    articles = (Article(text=d.text, external_id=d.name) for d in docs)
    for doc, analysis in zip(docs, analyze_many(articles), strict=True):
        raw = [
            _norm(doc.text, e.start, e.end, SPACY_TO_MEANTIME[e.label])
            for e in analysis.entities
            if e.label in SPACY_TO_MEANTIME
        ]
        out["spacy"][doc.name] = sorted(set(raw))
        ours = [m for m in raw if m[2] not in {"PER", "ORG"}]
        for person in analysis.people:
            etype = "PER" if person.kind == "person" else "ORG"
            ours.extend(_norm(doc.text, m.start, m.end, etype) for m in person.mentions)
        out["storyline"][doc.name] = sorted(set(ours))
    return out


# --------------------------------------------------------------------------- scoring


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    return {**prf(tp, n_pred, n_gold), "gold": n_gold, "predicted": n_pred}


def score(docs: list[EntityDoc], preds: dict[str, list[Mention]]) -> dict[str, Any]:
    """Per-type and overall precision/recall/F1, exact span and overlap."""
    counts: dict[tuple[str, str], list[int]] = {}

    def bump(kind: str, etype: str, tp: int, n_pred: int, n_gold: int) -> None:
        c = counts.setdefault((kind, etype), [0, 0, 0])
        c[0] += tp
        c[1] += n_pred
        c[2] += n_gold

    for doc in docs:
        pred = [m for m in preds.get(doc.name, []) if m[1] <= doc.annotated_end]
        for etype in TYPES:
            g = [m for m in doc.gold if m[2] == etype]
            p = [m for m in pred if m[2] == etype]
            bump("exact", etype, len(set(g) & set(p)), len(p), len(g))
            used: set[int] = set()
            tp = 0
            for gm in g:
                for k, pm in enumerate(p):
                    if k not in used and pm[0] < gm[1] and gm[0] < pm[1]:
                        used.add(k)
                        tp += 1
                        break
            bump("overlap", etype, tp, len(p), len(g))
    result: dict[str, Any] = {}
    for kind in ("exact", "overlap"):
        per_type = {t: _prf(*counts.get((kind, t), [0, 0, 0])) for t in TYPES}
        total = [sum(counts.get((kind, t), [0, 0, 0])[i] for t in HEADLINE_TYPES)
                 for i in range(3)]
        result[kind] = {"overall_per_org_loc": _prf(*total), "per_type": per_type}
    return result


def evaluate_entities(
    dataset: str = "meantime", data_dir: Path = DEFAULT_DATA_DIR, *, limit: int | None = None
) -> dict[str, Any]:
    """Storyline's people/organisation extraction vs raw spaCy NER on MEANTIME names."""
    if dataset != "meantime":
        raise DatasetError(f"unknown entity dataset {dataset!r}: the only one is 'meantime'")
    docs = load_meantime(Path(data_dir))
    if limit is not None:
        docs = docs[:limit]
    preds = predict(docs)
    return {
        "dataset": dataset,
        "documents": len(docs),
        "gold_names": sum(len(d.gold) for d in docs),
        "headline": "exact / overall_per_org_loc f1",
        "systems": {name: score(docs, p) for name, p in preds.items()},
        "note": "FIN (financial) names have no NER type and are not scored; 'overall' is PER, "
        "ORG and LOC together.",
    }
