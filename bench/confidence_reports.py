"""One story-battery training part's candidate reports, labelled, as JSON lines.

    STORYLINE_ROOT=<code root> .venv/bin/python bench/confidence_reports.py <part>
    STORYLINE_ROOT=<code root> .venv/bin/python bench/confidence_reports.py --domain <part>
    .venv/bin/python bench/confidence_reports.py --ecbplus dev|dev2…dev17

Run by ``train_confidence.py`` under the code of any commit (the storyline package is taken
from ``STORYLINE_ROOT``, default this checkout): every report the story battery's part
draws from that code, with the reading that found it, the story's context and whether it
matches a planted disagreement (``label`` 1) or none (0). ``--domain`` does the same for a
training part of the domain battery (``bench_domain_battery.py``: a must-report case's
planted disagreement is real; anything else it reports, and anything a control reports, is
false). Older code names no reading on its
reports, so each reading the reconciler calls is wrapped to name what it returns. Held-out
parts are refused: they are only scored.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(os.environ.get("STORYLINE_ROOT", Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(ROOT))
# The package under test is imported first, so the bench's own path cannot shadow it.
import storyline.reconcile as reconcile_package  # noqa: E402
import storyline.reconcile.model as reconcile_model  # noqa: E402
from storyline.reconcile.model import Discrepancy  # noqa: E402

if not hasattr(reconcile_model, "shown"):  # code older than the confidence model: all shown
    reconcile_model.shown = lambda found: list(found)  # type: ignore[attr-defined]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_story_battery as battery  # noqa: E402
from bench_domain_battery import _matches  # noqa: E402

_FOUND_BY: dict[int, str] = {}
_NOT_READINGS = {"uncovered", "reconcile", "format_value", "build_docs"}


def _named(name: str, reading: Any) -> Any:
    @functools.wraps(reading)
    def run(*args: Any, **kwargs: Any) -> Any:
        out = reading(*args, **kwargs)
        for part in (out if isinstance(out, tuple) else (out,)):
            if isinstance(part, list):
                for d in part:
                    if isinstance(d, Discrepancy):
                        _FOUND_BY.setdefault(id(d), name)
        return out
    return run


def _story(articles: list[Any]) -> dict[str, Any]:
    """What a report's features read of its story: its articles, outlets (an article without
    one is its own, as reconciliation labels it) and publication times."""
    return {"articles": len(articles), "outlets": len({a.outlet or a.id for a in articles}),
            "published": {a.id: a.published for a in articles}}


def ecbplus(split: str) -> int:
    """ECB+'s annotated development part: every candidate, labelled real when it finds an
    annotated disagreement (the test part is refused: it is only scored)."""
    from storyline.evaluate.clustering import analyse, load_ecbplus_subtopic
    from storyline.evaluate.discrepancies import (
        _doc_id,
        as_disagreement,
        finds,
        load_annotations,
        reconcile_as_one_story,
        subtopics_of,
    )

    if not split.startswith("dev"):
        print(f"confidence_reports: ECB+ {split!r} is not a development part", file=sys.stderr)
        return 2
    data = Path(os.environ.get("STORYLINE_DATA_DIR", ROOT.parent / "shared" / "data"))
    parts, gold = load_annotations()
    logging.disable(logging.WARNING)
    for sub in subtopics_of(parts, split):
        articles = load_ecbplus_subtopic(data, sub)
        rec = reconcile_as_one_story(sub, articles, analyse(articles))
        name_of = {a.id: _doc_id(a) for a in articles}
        for d in rec.discrepancies:
            label = any(finds(as_disagreement(sub, d, name_of), g) for g in gold)
            print(json.dumps({"part": f"ecb-{split}", "story": sub, "label": int(label),
                              "report": d.to_dict(), "reports": len(rec.discrepancies),
                              **_story(articles)}))
    return 0


def _name_readings() -> None:
    for name, value in list(vars(reconcile_package).items()):
        if (callable(value) and not isinstance(value, type) and name not in _NOT_READINGS
                and getattr(value, "__module__", "").startswith("storyline.reconcile.")):
            setattr(reconcile_package, name, _named(name, value))


def _candidates(texts: list[str], published: list[str | None]) -> tuple[list[Any], list[Any]]:
    """Every candidate a domain-battery case draws (none held back), and its articles."""
    from storyline.nlp.pipeline import analyze
    from storyline.records import Article, Assignment, Story

    items = []
    for n, (text, date) in enumerate(zip(texts, published, strict=True)):
        article = Article(id=f"a{n}", text=text, outlet=f"Outlet {n}", title=f"report {n}",
                          published=date, published_from="metadata" if date else "unknown")
        items.append((article, analyze(article), Assignment(article.id, 1, 0.9)))
    rec = reconcile_package.reconcile(Story(id=1, title="battery case"), items)
    return list(rec.discrepancies), [a for a, _, _ in items]


def domain(part: str) -> int:
    """A domain-battery training part's candidates, labelled (held-out parts are refused)."""
    from bench_domain_battery import HELD_OUT, PARTS
    from domain_battery import CASES

    if part not in PARTS or part in HELD_OUT:
        print(f"confidence_reports: {part!r} is not a domain-battery training part",
              file=sys.stderr)
        return 2
    _name_readings()
    logging.disable(logging.WARNING)
    for case in (c for c in CASES if c["part"] == part):
        _FOUND_BY.clear()
        found, articles = _candidates(case["texts"],
                                      case["published"] or [None] * len(case["texts"]))
        for d in found:
            values = [str(v.value).lower() for v in d.values]
            label = bool(case["report"]) and _matches(values, case["a"], case["b"])
            row = d.to_dict()
            row["rule"] = getattr(d, "rule", "") or _FOUND_BY.get(id(d), "")
            print(json.dumps({"part": f"dom-{part}", "story": case["id"], "label": int(label),
                              "report": row, "reports": len(found), **_story(articles)}))
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--ecbplus"]:
        return ecbplus(argv[1] if len(argv) > 1 else "")
    if argv[:1] == ["--domain"]:
        return domain(argv[1].upper() if len(argv) > 1 else "")
    part = argv[0].upper() if argv else ""
    if part not in battery.PARTS or part in battery.HELD_OUT:
        print(f"confidence_reports: {part!r} is not a training part", file=sys.stderr)
        return 2
    _name_readings()
    logging.disable(logging.WARNING)
    for story in battery._stories(part):
        _FOUND_BY.clear()
        articles, _ = battery.story_articles(story)
        found = battery.reconcile_story(story, articles)
        for d in found:
            values = battery._values(d)
            label = any(_matches(values, a, b) for _, a, b in story["planted"])
            row = d.to_dict()
            row["rule"] = getattr(d, "rule", "") or _FOUND_BY.get(id(d), "")
            print(json.dumps({"part": part, "story": story["id"], "label": int(label),
                              "report": row, "reports": len(found), **_story(articles)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
