"""Precision audit of cross-outlet disagreements on PolNeAR's political news.

PolNeAR (``polnear/`` in the datasets folder) is 2016 US political news from seven
outlets. It has no disagreement labels and no story labels, so this is a *precision*
audit on real multi-outlet text: the split's articles (train or dev; the test part is
never read here) go through Storyline's own pipeline — analysis, online story
assignment in publication order with the metadata's publication dates, one repair — and
every story holding articles of two or more outlets is reconciled. Each reported
disagreement is looked up in ``data/polnear_audit.tsv``, where it was judged by reading
the two cited sentences (and their articles when needed): ``real`` when the outlets give
different, incompatible values for the same thing in the same event; ``false`` for
anything else (different events in one story, different things measured, a later update,
an extraction error). A report is keyed by its kind, its values (as compared) and the
file names of the articles it cites, so the judgement survives re-numbered stories.
Reports nobody judged are counted and listed, never counted right or wrong.

Analysing ~850 articles takes minutes, so analyses are cached in a file per split, named
by a hash of the NLP stage's source and the articles (any change of either analyses
again).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from storyline.evaluate.discrepancies import judged_precision, read_judgements
from storyline.reconcile.model import shown
from storyline.records import Analysis, Article, Assignment, Story, StoryArticle

logger = logging.getLogger(__name__)

AUDIT = Path(__file__).parent / "data" / "polnear_audit.tsv"
COLUMNS = ("key", "kind", "articles", "judgement", "values", "reason")


def default_cache_dir() -> Path:
    """Where analyses are cached: ``$XDG_CACHE_HOME/storyline`` (``~/.cache/storyline``)."""
    import os

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storyline"


def _nlp_fingerprint() -> str:
    """A hash of the NLP stage's source files and the analyser version."""
    import storyline.nlp as nlp
    from storyline.nlp.pipeline import ANALYZER_VERSION

    digest = hashlib.sha1(ANALYZER_VERSION.encode())
    for path in sorted(Path(nlp.__file__).parent.rglob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached_analyses(articles: Sequence[Article], cache_dir: Path | None,
                    label: str) -> list[Analysis]:
    """The articles' analyses, read from ``cache_dir`` when an earlier run of the same NLP
    code on the same articles saved them (else analysed and saved); no cache when None."""
    from storyline.nlp import analyze_many

    if cache_dir is None:
        return list(analyze_many(articles))
    ids = hashlib.sha1("".join(a.content_hash for a in articles).encode()).hexdigest()[:12]
    path = Path(cache_dir) / f"analyses-{label}-{_nlp_fingerprint()}-{ids}.jsonl.gz"
    if path.is_file():
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                found = [Analysis.from_dict(json.loads(line)) for line in fh]
            if [a.article_id for a in found] == [a.id for a in articles]:
                logger.info("analyses read from %s", path)
                return found
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("%s: unreadable analysis cache (%s); analysing again", path, exc)
    analyses = list(analyze_many(articles))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with gzip.open(tmp, "wt", encoding="utf-8") as fh:
            for analysis in analyses:
                fh.write(json.dumps(analysis.to_dict()) + "\n")
        tmp.replace(path)
    except OSError as exc:
        logger.warning("%s: analyses not cached (%s)", path, exc)
    return analyses


def multi_outlet_stories(articles: Sequence[Article], analyses: Sequence[Analysis]
                         ) -> tuple[list[list[int]], list[Assignment]]:
    """Stories (positions of their articles) with articles of two or more outlets, after
    online assignment in the given order and one repair, and each article's assignment."""
    from storyline.stories import StoryIndex

    index = StoryIndex()
    assignments = [index.assign(a, an) for a, an in zip(articles, analyses, strict=True)]
    index.repair()
    members: dict[int, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        members[index.story_of[article.id]].append(i)
    stories = [m for m in members.values()
               if len({articles[i].outlet for i in m}) >= 2]
    return sorted(stories, key=lambda m: m[0]), assignments


def report_key(kind: str, values: Sequence[str], files: Sequence[str]) -> str:
    """A stable key of a report: kind, values as compared, and the cited file names."""
    from storyline.evaluate.discrepancies import normalise

    shown = sorted(" ".join(sorted(normalise(v))) for v in values)
    text = "|".join([kind, *shown, "@", *sorted(set(files))])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def load_audit(path: Path = AUDIT) -> dict[str, dict[str, str]]:
    """The judged reports: key → row (kind, articles, judgement real|false, values, reason);
    empty before the first judgement is written."""
    if not Path(path).is_file():
        return {}
    return read_judgements(path, COLUMNS, "key")


def story_reports(articles: Sequence[Article], analyses: Sequence[Analysis],
                  assignments: Sequence[Assignment], members: Sequence[int],
                  number: int) -> list[dict]:
    """Reconcile one story; its discrepancies with values, cited files and sentences."""
    from storyline.reconcile import reconcile

    chosen = [articles[i] for i in members]
    story = Story(id=number, title=chosen[0].title or f"story {number}", articles=[
        StoryArticle(id=a.id, external_id=a.external_id, url=a.url, outlet=a.outlet,
                     title=a.title, published=a.published) for a in chosen])
    rec = reconcile(story, [(articles[i], analyses[i], assignments[i]) for i in members])
    name_of = {a.id: a.external_id or a.id for a in chosen}
    out = []
    for d in shown(rec.discrepancies):
        files = [name_of.get(c.article_id, c.article_id) for v in d.values for c in v.citations]
        values = [v.value for v in d.values]
        out.append({
            "story": number, "kind": d.kind, "about": d.about,
            "key": report_key(d.kind, values, files),
            "values": [{"value": v.value,
                        "citations": [{"file": name_of.get(c.article_id, c.article_id),
                                       "sentence": c.sentence} for c in v.citations]}
                       for v in d.values],
            "files": sorted(set(files)),
        })
    return out


def audit_polnear(split: str, data_dir: Path, *, audit: Path = AUDIT,
                  cache_dir: Path | None = None, predictions: Path | None = None) -> dict:
    """Run the pipeline on a PolNeAR split and score its disagreements against the audit
    file: precision over the judged reports, by kind, and the reports not judged yet."""
    from storyline.evaluate.merges import load_polnear

    articles = load_polnear(Path(data_dir), split)
    analyses = cached_analyses(articles, cache_dir, f"polnear-{split}")
    stories, assignments = multi_outlet_stories(articles, analyses)
    reports: list[dict] = []
    for number, members in enumerate(stories, 1):
        reports.extend(story_reports(articles, analyses, assignments, members, number))
    judged = load_audit(audit)
    by_kind: dict[str, list[bool]] = defaultdict(list)
    unjudged = []
    for report in reports:
        row = judged.get(report["key"])
        report["judgement"] = row["judgement"] if row else None
        if row is None:
            unjudged.append(report)
        else:
            by_kind[report["kind"]].append(row["judgement"] == "real")
    if predictions:
        with open(predictions, "w", encoding="utf-8") as fh:
            for report in reports:
                fh.write(json.dumps(report) + "\n")
    return {
        "dataset": "polnear",
        "split": split,
        "audit": f"storyline/evaluate/data/{Path(audit).name} (every report judged real or "
                 "false by reading the cited sentences)",
        "articles": len(articles),
        "multi_outlet_stories": len(stories),
        "articles_in_them": sum(len(m) for m in stories),
        "reported": len(reports),
        **judged_precision(by_kind),
        "unjudged": len(unjudged),
        "unjudged_reports": [{"story": r["story"], "kind": r["kind"], "key": r["key"],
                              "files": r["files"],
                              "values": [v["value"] for v in r["values"]]}
                             for r in unjudged],
    }
