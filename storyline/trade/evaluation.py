"""``storyline eval measures``: trade-measure extraction and merging on our own labelled
sentences (storyline/trade/evalset/sentences.txt), beside a keyword baseline.

The set is split into a development part (rules were written against it) and a test part
(never read while writing rules) by a hash of each gold record's label, fixed before any
rule was written; whole records fall on one side so that record-level merging is scored on
records the rules never saw.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.errors import DatasetError
from storyline.evaluate.scoring import prf
from storyline.records import Analysis, Article

from .extract import EXTRACTOR_VERSION, extract_mentions
from .ledger import LedgerRow, build_ledger
from .model import MeasureMention
from .places import find_places

EVALSET = Path(__file__).parent / "evalset" / "sentences.txt"
FIELDS = ("jurisdictions", "instrument", "rate", "action", "date")


@dataclass
class GoldMention:
    record: str
    imposed_by: str | None
    affects: list[str]
    instrument: str
    action: str
    value: str | None
    previous: str | None
    date: str | None
    effective: str | None
    products: list[str] = field(default_factory=list)


@dataclass
class Item:
    id: str
    label: str
    published: str
    text: str
    gold: list[GoldMention] = field(default_factory=list)

    @property
    def split(self) -> str:
        return split_of(self.label if self.label != "none" else self.text)


def split_of(key: str) -> str:
    """'test' for about two fifths of the keys, 'dev' for the rest (stable)."""
    return "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 < 2 else "dev"


def _opt(value: str) -> str | None:
    value = value.strip()
    return None if value in ("-", "") else value


def load_evalset(path: Path = EVALSET) -> list[Item]:
    """Parse the evaluation set; a malformed line is a DatasetError naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read the trade evaluation set ({exc})") from exc
    items: list[Item] = []
    label = "none"
    for number, line in enumerate(lines, 1):
        line = line.rstrip()
        if not line or line.startswith("#"):
            continue
        where = f"{path}, line {number}"
        if line.startswith("@"):
            label = line[1:].strip()
        elif line.startswith("="):
            parts = [p.strip() for p in line[1:].split("|")]
            if len(parts) not in (9, 10) or not items:
                raise DatasetError(f"{where}: expected 9 or 10 fields after '='")
            by, affects, instrument, action, value, previous, day, effective, products = parts[:9]
            items[-1].gold.append(GoldMention(
                record=parts[9] if len(parts) == 10 else label,
                imposed_by=_opt(by), affects=[a for a in affects.split(";") if _opt(a)],
                instrument=instrument, action=action, value=_opt(value),
                previous=_opt(previous), date=_opt(day), effective=_opt(effective),
                products=[p for p in products.split(";") if _opt(p)],
            ))
        else:
            published, sep, text = line.partition(" | ")
            if not sep or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
                raise DatasetError(f"{where}: expected 'YYYY-MM-DD | sentence'")
            items.append(Item(id=f"s{len(items) + 1}", label=label, published=published,
                              text=text.strip()))
    return items


# --------------------------------------------------------------------------- scoring


def _rate(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"\d+(?:\.\d+)?", value.replace(",", ""))
    return m.group(0).rstrip("0").rstrip(".") if m and "." in m.group(0) else (
        m.group(0) if m else None)


def field_sets(mentions: Iterable[Any]) -> dict[str, set[Any]]:
    """What a sentence's mentions say, field by field, as comparable sets."""
    out: dict[str, set[Any]] = {f: set() for f in FIELDS}
    for m in mentions:
        if m.imposed_by:
            out["jurisdictions"].add(("by", m.imposed_by))
        out["jurisdictions"].update(("on", a) for a in m.affects)
        out["instrument"].add(m.instrument)
        out["rate"].update(r for r in (_rate(m.value), _rate(m.previous)) if r)
        out["action"].add(m.action)
        # the gold set's "effective" column also holds ends ("in place until July 31")
        out["date"].update(d for d in (m.date, m.effective, getattr(m, "until", None)) if d)
    return out


def precision_recall(tp: int, predicted: int, gold: int) -> dict[str, float]:
    """Percentages (the shared helper) with the counts behind them."""
    return {**prf(tp, predicted, gold), "tp": tp, "predicted": predicted, "gold": gold}


def score(items: list[Item], predictions: dict[str, list[Any]],
          records: list[set[str]]) -> dict[str, Any]:
    counts = {f: [0, 0, 0] for f in FIELDS}
    for item in items:
        gold, pred = field_sets(item.gold), field_sets(predictions.get(item.id, []))
        for f in FIELDS:
            counts[f][0] += len(gold[f] & pred[f])
            counts[f][1] += len(pred[f])
            counts[f][2] += len(gold[f])
    fields = {f: precision_recall(*counts[f]) for f in FIELDS}
    gold_records: dict[str, set[str]] = {}
    for item in items:
        for g in item.gold:
            gold_records.setdefault(g.record, set()).add(item.id)
    matched, used = 0, set()
    for cited in sorted(records, key=len, reverse=True):
        best, best_j = None, 0.5
        for label, members in gold_records.items():
            if label in used:
                continue
            j = len(cited & members) / len(cited | members)
            if j >= best_j:
                best, best_j = label, j
        if best is not None:
            used.add(best)
            matched += 1
    return {"fields": fields, "records": precision_recall(matched, len(records),
                                                          len(gold_records))}


# --------------------------------------------------------------------------- systems

Extractor = Callable[[Analysis], list[Any]]


def _ledger_records(items: list[Item], predictions: dict[str, list[MeasureMention]]
                    ) -> list[set[str]]:
    rows = [LedgerRow(article_id=i.id, external_id=i.id, outlet=None, published=i.published,
                      story_id=None, mentions=predictions.get(i.id, []))
            for i in items if predictions.get(i.id)]
    ledger = build_ledger(rows)
    return [{c.article_id for e in r.events for c in e.citations} for r in ledger.records]


_BASE_INSTRUMENTS = [
    ("tariff", r"tariff|dut(?:y|ies)|levy"), ("export control", r"export"),
    ("sanction", r"sanction"), ("import restriction", r"import|quota"),
    ("licensing", r"licen[cs]e|permit"), ("subsidy", r"subsid"),
    ("investigation", r"investigation|probe"),
]
_BASE_ACTIONS = [
    ("raised", r"raise|increase|hike"), ("cut", r"\bcut|lower|reduce"),
    ("suspended", r"suspend|pause"), ("extended", r"extend"), ("revoked", r"lift|remove"),
    ("imposed", r"impose"), ("announced", r"announce"), ("takes effect", r"took effect"),
]


@dataclass
class _BaselineMention:
    imposed_by: str | None
    affects: list[str]
    instrument: str
    action: str
    value: str | None
    previous: str | None
    date: str | None
    effective: str | None = None


def baseline(analysis: Analysis) -> list[Any]:
    """Keyword baseline: the first instrument word, the first action verb, the first
    jurisdiction as imposer and the others as affected, the first percentage, the first
    day-level date."""
    out = []
    for s in analysis.sentences:
        instrument = next((i for i, p in _BASE_INSTRUMENTS if re.search(p, s.text, re.I)), None)
        action = next((a for a, p in _BASE_ACTIONS if re.search(p, s.text, re.I)), None)
        if instrument is None or action is None:
            continue
        names = list(dict.fromkeys(p.name for p in find_places(s.text)))
        rate = re.search(r"\d+(?:\.\d+)?%", s.text)
        day = next((t.value for t in analysis.times if t.sentence == s.index and t.value
                    and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)), None)
        out.append(_BaselineMention(names[0] if names else None, names[1:], instrument,
                                    action, rate.group(0) if rate else None, None, day))
    return out


def _baseline_records(items: list[Item], predictions: dict[str, list[Any]]) -> list[set[str]]:
    groups: dict[tuple[Any, str], set[str]] = {}
    for item in items:
        for m in predictions.get(item.id, []):
            groups.setdefault((m.imposed_by, m.instrument), set()).add(item.id)
    return list(groups.values())


def analyse_items(items: list[Item]) -> list[Analysis]:
    from storyline.nlp import analyze_many

    articles = [Article(text=i.text, published=i.published, published_from="metadata",
                        external_id=i.id) for i in items]
    return list(analyze_many(articles))


def evaluate_measures(split: str = "test", path: Path = EVALSET,
                      predictions_out: Path | None = None) -> dict[str, Any]:
    """Field-level P/R and record-level F1 on one part of the set, with the baseline."""
    if split not in ("dev", "test", "all"):
        raise DatasetError(f"unknown split {split!r}: use dev, test or all")
    items = [i for i in load_evalset(path) if split == "all" or i.split == split]
    analyses = analyse_items(items)
    ours = {i.id: extract_mentions(a) for i, a in zip(items, analyses, strict=True)}
    base = {i.id: baseline(a) for i, a in zip(items, analyses, strict=True)}
    result = {
        "dataset": "storyline trade evalset (our own writing)",
        "split": split, "extractor": EXTRACTOR_VERSION,
        "sentences": len(items), "gold_mentions": sum(len(i.gold) for i in items),
        "storyline": score(items, ours, _ledger_records(items, ours)),
        "baseline": score(items, base, _baseline_records(items, base)),
    }
    if predictions_out is not None:
        import json

        with predictions_out.open("w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps({"id": item.id, "text": item.text, "predicted": [
                    m.to_dict() for m in ours[item.id]]}, ensure_ascii=False) + "\n")
    return result
