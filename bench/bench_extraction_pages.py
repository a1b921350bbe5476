"""Extraction on real web pages that other extractors ship with their tests.

The pages are not in this repository: download the sdists into a temporary folder and
unpack them there, then point this script at it::

    mkdir -p /tmp/sdists && cd /tmp/sdists
    pip download --no-deps --no-binary :all: trafilatura==2.3.1 newspaper4k==0.9.6 -d .
    for f in *.tar.gz; do tar xzf "$f"; done
    nice python bench/bench_extraction_pages.py /tmp/sdists [--json]

For every page with an expected text (newspaper4k's ``tests/data/html`` + ``txt`` and
``metadata`` titles) it reports word recall and precision of Storyline's text against the
expected one, whether the lead survives, site-furniture lines left in, the title (and
whether the site's name was dropped), and the language found. Pages without an expected
text (trafilatura's ``tests/resources``) are listed with what Storyline made of them
(article or rejection with its reason).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from storyline.config import Settings
from storyline.records import Article, Rejection
from storyline.sources import read_source
from storyline.sources.cleaning import _is_noise_line
from storyline.sources.language import detect_language

_WORD = re.compile(r"\w+", re.UNICODE)


def _bag(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def _overlap(ours: str, expected: str) -> tuple[float, float]:
    a, b = _bag(ours), _bag(expected)
    common = sum((a & b).values())
    precision = common / max(1, sum(a.values()))
    recall = common / max(1, sum(b.values()))
    return round(precision, 3), round(recall, 3)


def _read(path: Path) -> Article | Rejection:
    items = list(read_source(str(path), Settings(fetch_feed_links=False)))
    return items[0] if items else Rejection(str(path), "nothing read")


def run(folder: Path) -> dict:
    rows = []
    for html in sorted(folder.glob("*/tests/data/html/*.html")):
        txt = html.parent.parent / "txt" / f"{html.stem}.txt"
        meta = html.parent.parent / "metadata" / f"{html.stem}.json"
        expected = txt.read_text(encoding="utf-8", errors="replace") if txt.is_file() else None
        title = None
        if meta.is_file():
            title = json.loads(meta.read_text(encoding="utf-8")).get("title")
        item = _read(html)
        row: dict = {"page": f"{html.parts[-5]}/{html.name}"}
        if isinstance(item, Rejection):
            row.update(outcome="rejected", reason=item.reason)
        else:
            row.update(outcome="article", words=len(item.text.split()), title=item.title,
                       language=detect_language(item.text).code,
                       noise_lines=sum(1 for ln in item.text.split("\n") if _is_noise_line(ln)))
            if expected:
                p, r = _overlap(item.text, expected)
                lead = " ".join(_WORD.findall(expected)[:8]).lower()
                row.update(precision=p, recall=r,
                           lead_kept=lead in " ".join(_WORD.findall(item.text)).lower())
            if title:
                row["expected_title"] = title
                row["title_matches"] = (item.title or "").strip().lower() == title.strip().lower()
        rows.append(row)
    others = []
    for page in sorted(folder.glob("*/tests/resources/*.html")):
        item = _read(page)
        others.append({"page": f"{page.parts[-4]}/{page.name}",
                       **({"outcome": "rejected", "reason": item.reason}
                          if isinstance(item, Rejection) else
                          {"outcome": "article", "title": item.title,
                           "words": len(item.text.split())})})
    scored = [r for r in rows if "recall" in r]
    english = [r for r in scored if r.get("language") == "en"]

    def mean(key: str, items: list[dict]) -> float | None:
        vals = [float(r[key]) for r in items if key in r]
        return round(sum(vals) / len(vals), 3) if vals else None

    return {
        "pages_with_expected_text": len(rows),
        "articles": sum(1 for r in rows if r["outcome"] == "article"),
        "rejected": [f"{r['page']}: {r['reason']}" for r in rows if r["outcome"] == "rejected"],
        "word_precision": mean("precision", scored),
        "word_recall": mean("recall", scored),
        "english_pages": len(english),
        "english_word_precision": mean("precision", english),
        "english_word_recall": mean("recall", english),
        "lead_kept": f"{sum(1 for r in scored if r.get('lead_kept'))}/{len(scored)}",
        "pages_with_noise_lines": sum(1 for r in rows if r.get("noise_lines")),
        "titles_matching": f"{sum(1 for r in rows if r.get('title_matches'))}/"
                           f"{sum(1 for r in rows if 'title_matches' in r)}",
        "languages": dict(Counter(r.get("language", "-") for r in rows)),
        "pages": rows,
        "other_pages": others,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="folder with the unpacked sdists")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"error: {args.folder}: not a folder (see the docstring for how to fill it)")
    result = run(args.folder)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    for key, value in result.items():
        if key in ("pages", "other_pages"):
            continue
        print(f"{key}: {value}")
    for row in result["pages"] + result["other_pages"]:
        print("  ", json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
