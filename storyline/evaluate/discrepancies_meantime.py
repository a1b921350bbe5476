"""False figure reports of a wrong merge, with publication dates: MEANTIME's Wikinews.

MEANTIME (``meantime-en``) holds 120 English Wikinews articles in four corpora of one
company or market each (Airbus, Apple, GM, stock markets), each article its own event and
dated (its creation time). Sorted by date and reconciled ``window`` at a time as one story
— a wrong merge of one subject's news of several days, months or years — every figure
report sets two different articles' events against each other: false unless one article
recalls the other's event, which the listing (``show``) lets one check. Unlike the ECB+
twin check (``discrepancies_twins``), the articles carry publication dates, so the rules
that read them (updates, numbers that move with time, days apart) are exercised.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from storyline.errors import DatasetError
from storyline.reconcile.model import shown
from storyline.records import Article

_DCT = re.compile(r'<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>')
_VALUE = re.compile(r'\bvalue="(\d{4}-\d\d-\d\d)"')


def _creation_date(path: Path) -> str | None:
    """The article's creation date (its DCT), None when it has none."""
    m = _DCT.search(path.read_text(encoding="utf-8"))
    v = _VALUE.search(m.group(0)) if m else None
    return v.group(1) if v else None


def meantime_reports(data_dir: Path, *, window: int = 5, show: bool = False) -> dict:
    """Reconcile each MEANTIME corpus's date-sorted articles ``window`` at a time as one
    story; count the figure reports (each between two different articles' events)."""
    from storyline.evaluate.clustering import analyse
    from storyline.evaluate.discrepancies import reconcile_as_one_story
    from storyline.evaluate.entities import load_meantime

    root = Path(data_dir) / "meantime-en" / "intra_cross-doc_annotation"
    docs = {d.name: d for d in load_meantime(Path(data_dir))}
    if window < 2:
        raise DatasetError(f"window {window}: a wrong merge needs two articles or more")
    by_kind: Counter[str] = Counter()
    listed: list[dict] = []
    stories = 0
    for corpus in sorted(p for p in root.glob("corpus_*") if p.is_dir()):
        dated = sorted(((_creation_date(p) or ""), p.stem) for p in corpus.glob("*.xml"))
        articles = [Article(text=docs[name].text, outlet=f"wikinews-{name.split('_')[0]}",
                            published=day or None, external_id=name) for day, name in dated]
        for start in range(0, len(articles), window):
            chunk = articles[start:start + window]
            if len(chunk) < 2:
                continue
            stories += 1
            rec = reconcile_as_one_story(corpus.name, chunk, analyse(chunk))
            name = {a.id: a.external_id for a in chunk}
            for d in shown(rec.discrepancies):
                by_kind[d.kind] += 1
                if show and d.kind == "figure":
                    listed.append({"corpus": corpus.name, "about": d.about, "values": {
                        v.value: [name[c.article_id] for c in v.citations] for v in d.values}})
    out: dict = {
        "dataset": "meantime",
        "check": f"each corpus's date-sorted Wikinews articles reconciled {window} at a time "
                 "as one story (a wrong merge); figure reports set two articles' events "
                 "against each other",
        "stories": stories,
        "reports_by_kind": dict(sorted(by_kind.items())),
        "figure_reports": by_kind.get("figure", 0),
    }
    if show:
        out["figure"] = listed
    return out
