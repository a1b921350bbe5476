"""Count how often a brief prints the same cited sentence in full.

Usage: nice .venv/bin/python bench/bench_brief_repetition.py [--db /tmp/b_demo/demo.db]
       [--data-dir ../shared/data] [--split dev] [--cache /tmp/storyline_brief_cache]
       [--rebuild]

Two sets of briefs, both real text: the stories of a database built by ``storyline demo``
(the bundled example corpus; run the demo first) and the gold subtopics of ECB+'s train or
dev topics, each reconciled as one story (``--split``; never the test topics). Building
the ECB+ briefs runs the full analysis, so the brief dicts are cached as JSON in
``--cache`` (``--rebuild`` builds them again); the rendering is measured on every run.

For every brief, every cited sentence of four words or more (each ``sentence`` of a
citation anywhere in the brief's JSON) is looked for in the Markdown and in the
standalone HTML (tags stripped, entities unescaped); a sentence found k > 1 times is
printed in full k - 1 times too many.
Prints, per set and format: briefs, distinct cited sentences, sentences printed in full
more than once, the extra full printings, the largest count of one sentence, briefs with
any repetition, and the extra printings as a quotation (“…”, the citation form; the
rest are the brief's own statements: a key point, a timeline entry, a claim).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storyline.brief import Brief, render_html, render_markdown  # noqa: E402

# Shorter "sentences" (a split fragment such as "nih." or "Fanning said.") occur inside
# other text by chance; they are not counted.
MIN_WORDS = 4
_TAG = re.compile(r"<[^>]+>")
_MD_ESCAPES = (("\\[", "["), ("\\]", "]"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


def _flat(text: str) -> str:
    return " ".join(text.split())


def cited_sentences(data: Any) -> set[str]:
    """Every citation's sentence in a brief's JSON, whitespace collapsed."""
    out: set[str] = set()
    if isinstance(data, dict):
        if "article_id" in data and isinstance(data.get("sentence"), str):
            out.add(_flat(data["sentence"]))
        for value in data.values():
            out |= cited_sentences(value)
    elif isinstance(data, list):
        for value in data:
            out |= cited_sentences(value)
    return out


def markdown_text(md: str) -> str:
    for escaped, plain in _MD_ESCAPES:
        md = md.replace(escaped, plain)
    return _flat(md)


def html_text(page: str) -> str:
    body = page.split("<body>", 1)[-1]
    return _flat(html.unescape(_TAG.sub(" ", body)))


def repetition(sentences: set[str], text: str, quoted: bool = False) -> dict[str, int]:
    """Full printings of each cited sentence that is printed more than once (``quoted``:
    only its printings as a quotation, “…”, leaving out the brief's own statements)."""
    counts = {s: text.count(f"“{s}”" if quoted else s)
              for s in sentences if len(s.split()) >= MIN_WORDS}
    return {s: n for s, n in counts.items() if n > 1}


def measure(briefs: list[Brief]) -> dict[str, Any]:
    result: dict[str, Any] = {"briefs": len(briefs)}
    for fmt, render, flatten in (("markdown", render_markdown, markdown_text),
                                 ("html", render_html, html_text)):
        sentences = repeated = extra = worst = with_any = extra_quotes = 0
        for brief in briefs:
            cited = cited_sentences(brief.to_dict())
            text = flatten(render(brief))
            rep = repetition(cited, text)
            extra_quotes += sum(n - 1 for n in repetition(cited, text, quoted=True).values())
            sentences += len(cited)
            repeated += len(rep)
            extra += sum(n - 1 for n in rep.values())
            worst = max([worst, *rep.values()])
            with_any += bool(rep)
        result[fmt] = {"cited_sentences": sentences, "printed_more_than_once": repeated,
                       "extra_full_printings": extra, "most_printings_of_one": worst,
                       "briefs_with_repetition": with_any,
                       "extra_full_quotations": extra_quotes}
    return result


def demo_briefs(db: Path) -> list[Brief]:
    from storyline import api
    from storyline.store import open_store

    store = open_store(db, create=False)
    try:
        return [api.story_brief(store, s.id) for s in store.stories()]
    finally:
        store.close()


def ecb_briefs(data_dir: Path, split: str, cache: Path, rebuild: bool) -> list[Brief]:
    path = cache / f"ecbplus_{split}_briefs.json"
    if path.is_file() and not rebuild:
        return [Brief.from_dict(d) for d in json.loads(path.read_text())]
    from storyline.brief import build_brief
    from storyline.evaluate.clustering import (
        analyse,
        ecbplus_split,
        load_ecbplus_subtopic,
    )
    from storyline.reconcile import reconcile
    from storyline.records import Story, StoryArticle
    from storyline.stories import StoryIndex

    if split == "test":
        raise SystemExit("the ECB+ test topics only score the clustering; use train or dev")
    briefs = []
    for topic in ecbplus_split(data_dir, split):
        for kind in ("ecb", "ecbplus"):
            articles = load_ecbplus_subtopic(data_dir, f"{topic}{kind}")
            for n, a in enumerate(articles):
                a.id = f"{topic}{kind}-{n}"
            analyses = analyse(articles)
            index = StoryIndex()
            assignments = [index.assign(a, an) for a, an in zip(articles, analyses,
                                                                 strict=True)]
            story = Story(id=len(briefs) + 1, title=f"{topic}{kind}", articles=[
                StoryArticle(id=a.id, external_id=a.external_id, url=a.url, outlet=a.outlet,
                             title=a.title, published=a.published) for a in articles])
            rec = reconcile(story, list(zip(articles, analyses, assignments, strict=True)))
            briefs.append(build_brief(rec))
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([b.to_dict() for b in briefs], ensure_ascii=False))
    return briefs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/b_demo/demo.db"))
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storyline_brief_cache"))
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    out: dict[str, Any] = {}
    if args.db.is_file():
        out["examples (storyline demo)"] = measure(demo_briefs(args.db))
    else:
        print(f"{args.db}: no database; run `storyline demo` there first", file=sys.stderr)
    if (args.data_dir / "ecbplus").is_dir():
        out[f"ecbplus {args.split} subtopics"] = measure(
            ecb_briefs(args.data_dir, args.split, args.cache, args.rebuild))
    else:
        print(f"{args.data_dir}/ecbplus: not found; ECB+ part skipped", file=sys.stderr)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
