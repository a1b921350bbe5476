"""Cross-outlet disagreement evaluation on ECB+ subtopics annotated here, with a baseline.

The annotations (``data/ecbplus_discrepancies.json``) list, per ECB+ subtopic of the train
and dev topics, the facts outlets tell differently: a kind, what it is about, and each
value with the documents that give it. ECB+'s test topics (36–45) are never annotated:
they score the clustering. The annotated subtopics are split in parts: "test" was
annotated before any system output was looked at and is only scored on; "dev", "dev2" to
"dev17" (dev2 to dev17 annotated before their first run, which is their fresh score) are for
development.

Each subtopic's documents are reconciled as one story (its gold story, so that the score
measures reconciliation, not clustering; near-copies are detected as in ingest). A
predicted discrepancy *finds* an annotated one when two of its values match two different
annotated values (same number, clock time or words, see ``values_match``); a report that
finds several is credited with the one whose words it shares most. Recall is the
share of annotated disagreements found, by annotated kind; precision the share of reported
discrepancies that find an annotated one, by reported kind. The baseline reports, for
every word that follows a number in more than one document, the different numbers given.
"""

from __future__ import annotations

import calendar
import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.errors import DatasetError
from storyline.reconcile.model import shown
from storyline.records import Analysis, Article, Assignment, Story, StoryArticle

if TYPE_CHECKING:
    from storyline.reconcile.model import Discrepancy, Reconciliation

logger = logging.getLogger(__name__)

ANNOTATIONS = Path(__file__).parent / "data" / "ecbplus_discrepancies.json"

_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "single": "1", "half": "0.5", "dozen": "12", "once": "1", "twice": "2",
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
}
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?\s*m\b\.?", re.I)
_ISO_TIME = re.compile(r"T(\d\d):(\d\d)")
_ISO_DATE = re.compile(r"\b(1[89]\d\d|2[01]\d\d)-(0[1-9]|1[0-2])(?:-([0-3]\d))?\b")
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_STOP = frozenset(
    "the of in on at to and a an by for from with his her their its was is".split()  # noqa: SIM905
)


@dataclass
class Disagreement:
    """One annotated (or predicted) disagreement: values → documents giving them."""

    subtopic: str
    kind: str
    about: str
    values: dict[str, list[str]] = field(default_factory=dict)


# -- annotations and corpus -----------------------------------------------------------------


def load_annotations(path: Path = ANNOTATIONS) -> tuple[dict[str, list[str]], list[Disagreement]]:
    """The parts (name → subtopics) and the annotated disagreements."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        parts = {k: [str(s) for s in v] for k, v in data["parts"].items()}
        items = [
            Disagreement(d["subtopic"], d["kind"], d.get("about", ""),
                         {str(k): [str(x) for x in v] for k, v in d["values"].items()})
            for d in data["disagreements"]
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DatasetError(f"{path}: not a readable annotation file ({exc})") from exc
    for item in items:
        if len(item.values) < 2:
            raise DatasetError(f"{path}: {item.subtopic} {item.about!r} has fewer than 2 values")
    return parts, items


def subtopics_of(parts: dict[str, list[str]], split: str) -> list[str]:
    """The annotated subtopics of a part ("test", "dev" or "all")."""
    if split == "all":
        return [s for part in parts.values() for s in part]
    if split not in parts:
        raise DatasetError(f"no annotated part {split!r}; use one of {', '.join(parts)} or all")
    return list(parts[split])


# -- matching ------------------------------------------------------------------------------


def normalise(value: str) -> set[str]:
    """The tokens a value is compared by: numbers as digits, clock times as HH:MM."""
    text = value.lower()
    tokens: set[str] = set()
    for m in _ISO_TIME.finditer(value):
        tokens.add(f"{int(m.group(1)):02d}:{m.group(2)}")
    for m in _CLOCK.finditer(text):
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        tokens.add(f"{hour:02d}:{m.group(2) or '00'}")
    text = _CLOCK.sub(" ", _ISO_TIME.sub(" ", text))
    # A reported ISO date ("1973-06-27 (June 27, 1973)") as the annotator writes dates.
    text = _ISO_DATE.sub(lambda m: " ".join(
        [calendar.month_name[int(m.group(2))].lower(), str(int(m.group(3) or 0) or ""),
         m.group(1)]), text)
    for word in _WORD.findall(text.replace(",", "")):
        word = _NUMBER_WORDS.get(word, word)
        if re.fullmatch(r"\d+\.0+", word):
            word = word.split(".")[0]
        if word not in _STOP:
            tokens.add(word)
    return tokens


_ELISION = re.compile(r"\s*(?:\.\.\.|…)\s*")


def values_match(predicted: str, gold: str) -> bool:
    """A reported value says the annotated one: the numbers and clock times agree and, for
    words, the annotated words are all there (or the reported ones all in the annotation).
    An annotated quote elided with "..." matches a report of any one of its pieces."""
    pieces = [x for x in _ELISION.split(gold) if len(normalise(x)) >= 2]
    if len(pieces) > 1 and any(_value_matches(predicted, x) for x in pieces):
        return True
    return _value_matches(predicted, gold)


def _value_matches(predicted: str, gold: str) -> bool:
    p, g = normalise(predicted), normalise(gold)
    if not p or not g:
        return False
    clock = {t for t in g if ":" in t}
    if clock:  # a clock time: the times alone decide (a reported value may carry a date)
        p_clock = {t for t in p if ":" in t}
        return bool(p_clock) and p_clock <= clock
    numeric = {t for t in g if re.fullmatch(r"[\d.]+", t)}
    if numeric:
        p_numeric = {t for t in p if re.fullmatch(r"[\d.]+", t)}
        return numeric == p_numeric or (bool(p_numeric) and p_numeric <= numeric)
    return g <= p or p <= g


def finds(predicted: Disagreement, gold: Disagreement) -> bool:
    """Two different annotated values each matched by a different reported value."""
    if predicted.subtopic != gold.subtopic:
        return False
    gold_values = list(gold.values)
    hits: dict[int, set[int]] = defaultdict(set)
    for i, pv in enumerate(predicted.values):
        for j, gv in enumerate(gold_values):
            if values_match(pv, gv):
                hits[i].add(j)
    # Some two predicted values must cover two distinct gold values.
    items = list(hits.items())
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            ga, gb = items[a][1], items[b][1]
            if any(x != y for x in ga for y in gb):
                return True
    return False


def _words(d: Disagreement) -> set[str]:
    return normalise(" ".join([d.about, *d.values]))


def credited(predicted: Sequence[Disagreement], gold: Sequence[Disagreement]) -> list[int | None]:
    """For each report, the one annotated disagreement it is credited with (None: none).

    A report whose values match several annotated ones ("mother of 12" / "of 13" matches
    12 vs 13 children and 12 vs 13 shots alike: numbers decide) finds only the one whose
    words it shares most, so that one report never counts twice toward recall."""
    out: list[int | None] = []
    for p in predicted:
        hits = [k for k, g in enumerate(gold) if finds(p, g)]
        if not hits:
            out.append(None)
            continue
        words = _words(p)
        out.append(max(hits, key=lambda k: (len(words & _words(gold[k])), -k)))
    return out


def score(predicted: Sequence[Disagreement], gold: Sequence[Disagreement]) -> dict:
    """Recall by annotated kind, precision by reported kind, and overall."""
    credit = credited(predicted, gold)
    found = [k in credit for k in range(len(gold))]
    right = [c is not None for c in credit]
    by_gold: dict[str, list[bool]] = defaultdict(list)
    for g, ok in zip(gold, found, strict=True):
        by_gold[g.kind].append(ok)
    by_pred: dict[str, list[bool]] = defaultdict(list)
    for p, ok in zip(predicted, right, strict=True):
        by_pred[p.kind].append(ok)

    def ratio(xs: list[bool]) -> float | None:
        return round(sum(xs) / len(xs), 3) if xs else None

    recall, precision = ratio(found), ratio(right)
    f1 = (round(2 * recall * precision / (recall + precision), 3)
          if recall and precision else 0.0)
    return {
        "recall": recall, "precision": precision, "f1": f1,
        "annotated": len(gold), "found": sum(found),
        "reported": len(predicted), "reported_real": sum(right),
        "recall_by_kind": {k: {"recall": ratio(v), "annotated": len(v)}
                           for k, v in sorted(by_gold.items())},
        "precision_by_kind": {k: {"precision": ratio(v), "reported": len(v)}
                              for k, v in sorted(by_pred.items())},
    }


# -- systems -------------------------------------------------------------------------------


def _doc_id(article: Article) -> str:
    return (article.external_id or article.id).removesuffix(".xml")


def reconcile_as_one_story(title: str, articles: Sequence[Article],
                           analyses: Sequence[Analysis]) -> Reconciliation:
    """Reconcile the articles as one story (a gold subtopic: clustering left out)."""
    from storyline.reconcile import reconcile
    from storyline.stories import StoryIndex

    index = StoryIndex()
    assignments: list[Assignment] = [index.assign(a, an) for a, an in zip(articles, analyses,
                                                                            strict=True)]
    story = Story(id=1, title=title, articles=[
        StoryArticle(id=a.id, external_id=a.external_id, url=a.url, outlet=a.outlet,
                     title=a.title, published=a.published) for a in articles])
    return reconcile(story, list(zip(articles, analyses, assignments, strict=True)))


def storyline_discrepancies(subtopic: str, articles: Sequence[Article]) -> list[Disagreement]:
    """Reconcile the subtopic's articles as one story; its discrepancies as Disagreements."""
    from storyline.evaluate.clustering import analyse

    rec = reconcile_as_one_story(subtopic, articles, analyse(articles))
    name_of = {a.id: _doc_id(a) for a in articles}
    return [as_disagreement(subtopic, d, name_of) for d in shown(rec.discrepancies)]


def as_disagreement(subtopic: str, d: Discrepancy, name_of: dict[str, str]) -> Disagreement:
    """A reported discrepancy as the scorer compares it: values -> the documents giving them."""
    values: dict[str, list[str]] = {}
    for v in d.values:
        values.setdefault(v.value, []).extend(
            name_of.get(c.article_id, c.article_id) for c in v.citations)
    return Disagreement(subtopic, d.kind, d.about, values)


_BASELINE_NUMBER = re.compile(
    r"\b(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:-| )([a-z]+)", re.I)


def baseline_discrepancies(subtopic: str, articles: Sequence[Article]) -> list[Disagreement]:
    """Every word following a number in two or more documents, with differing numbers."""
    seen: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for article in articles:
        for m in _BASELINE_NUMBER.finditer(article.text):
            word = m.group(2).lower()
            if word in _STOP:
                continue
            value = _NUMBER_WORDS.get(m.group(1).lower(), m.group(1).replace(",", ""))
            docs = seen[word][value]
            if _doc_id(article) not in docs:
                docs.append(_doc_id(article))
    out = []
    for word, values in seen.items():
        giving = {d for ds in values.values() for d in ds}
        if len(values) > 1 and len(giving) > 1:
            out.append(Disagreement(subtopic, "figure", word,
                                    {f"{v} {word}": ds for v, ds in values.items()}))
    return out


# -- the evaluation ------------------------------------------------------------------------


def evaluate_discrepancies(
    dataset: str,
    split: str,
    data_dir: Path,
    *,
    annotations: Path = ANNOTATIONS,
    predictions: Path | None = None,
) -> dict:
    """Score Storyline's and the baseline's discrepancies on an annotated part of ECB+."""
    from storyline.evaluate.clustering import load_ecbplus_subtopic

    if dataset == "polnear":
        raise DatasetError("PolNeAR has no annotated disagreements: run its precision audit "
                           "with --audit (--split train or dev)")
    if dataset != "ecbplus":
        raise DatasetError(f"unknown discrepancy dataset {dataset!r}; use ecbplus or polnear")
    parts, items = load_annotations(annotations)
    subtopics = subtopics_of(parts, split)
    gold = [d for d in items if d.subtopic in subtopics]
    system: list[Disagreement] = []
    baseline: list[Disagreement] = []
    documents = 0
    for sub in subtopics:
        articles = load_ecbplus_subtopic(Path(data_dir), sub)
        documents += len(articles)
        system.extend(storyline_discrepancies(sub, articles))
        baseline.extend(baseline_discrepancies(sub, articles))
    if predictions:
        _write_predictions(predictions, system, gold)
    return {
        "dataset": dataset,
        "split": split,
        "subtopics": subtopics,
        "documents": documents,
        "annotations": "storyline/evaluate/data/ecbplus_discrepancies.json (annotated for "
                       "this project; test part annotated before looking at system output)",
        "storyline": score(system, gold),
        "baseline": {"name": "numbers before the same word that differ across documents",
                     **score(baseline, gold)},
    }


def _write_predictions(path: Path, system: Iterable[Disagreement],
                       gold: Sequence[Disagreement]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for p in system:
            real = [g.about for g in gold if finds(p, g)]
            fh.write(json.dumps({"subtopic": p.subtopic, "kind": p.kind, "about": p.about,
                                 "values": p.values, "matches": real}) + "\n")


# -- the precision audit -------------------------------------------------------------------

AUDIT = Path(__file__).parent / "data" / "ecbplus_audit.tsv"
_AUDIT_COLUMNS = ("subtopic", "kind", "key", "judgement", "values", "reason")


def report_key(report: Disagreement) -> str:
    """A stable key of a report: its kind and its values (as compared), hashed short."""
    import hashlib

    values = sorted(" ".join(sorted(normalise(v))) for v in report.values)
    text = "|".join([report.subtopic, report.kind, *values])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def read_judgements(path: Path, columns: tuple[str, ...],
                    key: str) -> dict[str, dict[str, str]]:
    """A judged-reports file (tab-separated ``columns``, a ``judgement`` of real or false;
    blank lines, ``#`` comments and the header skipped): ``key`` column → row."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(f"{path}: not a readable audit file ({exc})") from exc
    at = columns.index("judgement")
    out: dict[str, dict[str, str]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith(f"{columns[0]}\t"):
            continue
        cells = line.split("\t")
        if len(cells) != len(columns) or cells[at] not in ("real", "false"):
            raise DatasetError(f"{path}:{number}: expected {len(columns)} tab-separated "
                               "cells with judgement real or false")
        row = dict(zip(columns, cells, strict=True))
        out[row[key]] = row
    return out


def judged_precision(by_kind: dict[str, list[bool]]) -> dict[str, object]:
    """Judged reports (real or not, by kind): how many, how many real, precision overall and
    by kind."""
    flat = [ok for oks in by_kind.values() for ok in oks]
    return {
        "judged": len(flat),
        "real": sum(flat),
        "precision": round(sum(flat) / len(flat), 3) if flat else None,
        "precision_by_kind": {k: {"precision": round(sum(v) / len(v), 3), "judged": len(v)}
                              for k, v in sorted(by_kind.items())},
    }


def load_audit(path: Path = AUDIT) -> dict[str, dict[str, str]]:
    """The judged reports: key → row (subtopic, kind, judgement real|false, values, reason)."""
    return read_judgements(path, _AUDIT_COLUMNS, "key")


def audit_subtopics(data_dir: Path, annotations: Path = ANNOTATIONS) -> list[str]:
    """ECB+ train/dev subtopics no annotated part uses (test topics 36–45 never), with
    documents in the data folder."""
    from storyline.evaluate.clustering import ecbplus_split

    parts, _ = load_annotations(annotations)
    used = {s for part in parts.values() for s in part}
    test = set(ecbplus_split(data_dir, "test"))
    topics = sorted(t for t in {*ecbplus_split(data_dir, "train"),
                                *ecbplus_split(data_dir, "dev")} if t not in test)
    docs = Path(data_dir) / "ecbplus" / "docs"
    out = []
    for topic in topics:
        for kind in ("ecb", "ecbplus"):
            sub = f"{topic}{kind}"
            if sub not in used and any(re.fullmatch(rf"{topic}_\d+{kind}\.xml", p.name)
                                       for p in (docs / str(topic)).glob("*.xml")):
                out.append(sub)
    return out


def audit_discrepancies(
    dataset: str,
    data_dir: Path,
    *,
    annotations: Path = ANNOTATIONS,
    audit: Path = AUDIT,
    predictions: Path | None = None,
) -> dict:
    """Re-run the rules on every unannotated train/dev subtopic; precision over the reports
    judged in the audit file, by kind, and the reports not judged yet."""
    from storyline.evaluate.clustering import load_ecbplus_subtopic

    if dataset != "ecbplus":
        raise DatasetError(f"unknown discrepancy dataset {dataset!r}; use ecbplus")
    judged = load_audit(audit)
    subtopics = audit_subtopics(Path(data_dir), annotations)
    reports: list[Disagreement] = []
    documents = 0
    for sub in subtopics:
        articles = load_ecbplus_subtopic(Path(data_dir), sub)
        documents += len(articles)
        reports.extend(storyline_discrepancies(sub, articles))
    by_kind: dict[str, list[bool]] = defaultdict(list)
    unjudged: list[Disagreement] = []
    for report in reports:
        row = judged.get(report_key(report))
        if row is None:
            unjudged.append(report)
        else:
            by_kind[report.kind].append(row["judgement"] == "real")
    if predictions:
        with open(predictions, "w", encoding="utf-8") as fh:
            for report in reports:
                row = judged.get(report_key(report))
                fh.write(json.dumps({"subtopic": report.subtopic, "kind": report.kind,
                                     "key": report_key(report), "about": report.about,
                                     "values": report.values,
                                     "judgement": row["judgement"] if row else None}) + "\n")
    note = {} if subtopics else {
        "note": "every ECB+ train/dev subtopic is now in an annotated part (dev…dev17): "
                "their precision is read from `--split devN`, the audit has no text left"}
    return {
        **note,
        "dataset": dataset,
        "audit": "storyline/evaluate/data/ecbplus_audit.tsv (every report of the rules on "
                 "these subtopics, judged real or false by reading the sentences)",
        "subtopics": subtopics,
        "documents": documents,
        "reported": len(reports),
        **judged_precision(by_kind),
        "unjudged": len(unjudged),
        "unjudged_reports": [{"subtopic": r.subtopic, "kind": r.kind, "key": report_key(r),
                              "values": list(r.values)} for r in unjudged],
    }
