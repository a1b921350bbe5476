"""The example corpus scored end to end: stories, and the disagreements planted in them.

Two parts, each with its own ``EXPECTED.md`` (format in ``storyline.evaluate.expected``):

- ``training``: ``storyline/examples/`` — the corpus the reconcile rules were written
  against (several rules quote its plants), so its score is a *training* score;
- ``heldout``: ``storyline/examples/heldout/`` — stories in new voices and outlets, with
  planted disagreements of the same kinds, written without reading the rules, scored and
  never tuned on.

Clustering is scored as ingest does it (every article of the part through one
``StoryIndex``, in publication order): a gold story is *kept* when all its articles land in
one story that holds no other gold story. Planted disagreements are scored on each gold
story reconciled on its own (so clustering errors do not count twice): a planted name,
figure, quote or date is *found* when one discrepancy of that kind has, for each planted
value, a value cited from that value's article that matches it; a planted claim when a
single-source item cites the claiming article with the planted words. Discrepancies that
match nothing planted are counted (``unmatched``): a precision check, not a recall one.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from storyline.config import Settings
from storyline.errors import DatasetError
from storyline.evaluate.expected import ExpectedStory, Planted, parse_expected
from storyline.evaluate.scoring import prf
from storyline.records import Analysis, Article, Assignment, Story, StoryArticle

PARTS = ("training", "heldout")
KINDS = ("name", "figure", "quote", "date", "claim")
DOCS = ("EXPECTED.md", "README.md")  # documentation in the corpus folders, not articles
HELDOUT_FOLDER = "heldout"


def part_folder(examples_dir: Path, part: str) -> Path:
    if part not in PARTS:
        raise DatasetError(f"unknown examples part {part!r}; use training or heldout")
    return examples_dir / HELDOUT_FOLDER if part == "heldout" else examples_dir


def read_part(examples_dir: Path, part: str) -> tuple[list[ExpectedStory], list[Article]]:
    """The gold stories and the articles of one part (feed links are not fetched)."""
    from storyline.sources import read_source, select_inputs

    folder = part_folder(examples_dir, part)
    expected = parse_expected(folder / "EXPECTED.md")
    exclude = (*DOCS, HELDOUT_FOLDER) if part == "training" else DOCS
    units, _ = select_inputs([str(folder)], exclude)
    settings = Settings(fetch_feed_links=False)
    articles: list[Article] = []
    for unit in units:
        for item in read_source(unit, settings):
            if not isinstance(item, Article):
                raise DatasetError(f"{item.source}: {item.reason}")
            articles.append(item)
    return expected, articles


def resolve(articles: list[Article], ref: str) -> Article:
    """The article an EXPECTED.md reference names: ``file`` or ``file#<id, url or guid>``."""
    name, _, key = ref.partition("#")
    found = [a for a in articles if Path(a.source.split(" ")[0]).name == name
             and (not key or key in (a.external_id, a.url))]
    if len(found) != 1:
        raise DatasetError(f"EXPECTED.md reference {ref!r} matches {len(found)} articles")
    return found[0]


def _norm(text: str) -> str:
    return re.sub(r"[^\w%$€£.,]+", " ", text.replace("’", "'")).strip().lower()


def _cites(value: dict[str, Any], article: Article) -> bool:
    return any(c["article_id"] == article.id for c in value["citations"])


def planted_found(planted: Planted, brief: dict[str, Any], articles: list[Article]) -> int | None:
    """The index of the discrepancy that reports ``planted`` (-1 for a claim found among
    the single-source items), or None when the brief does not report it."""
    refs = [(_norm(v), resolve(articles, ref)) for v, ref in planted.values]
    if planted.kind == "claim":
        ((phrase, article),) = refs
        hit = any(
            _cites(item, article)
            and phrase in _norm(" ".join(c["sentence"] for c in item["citations"]))
            for item in brief["single_source"]
        )
        return -1 if hit else None
    for i, d in enumerate(brief["discrepancies"]):
        if d["kind"] != planted.kind:
            continue
        if all(_value_matches(planted.kind, text, [v for v in d["values"] if _cites(v, article)])
               for text, article in refs):
            return i
    return None


def _value_matches(kind: str, text: str, values: list[dict[str, Any]]) -> bool:
    if kind == "name":
        return any(fuzz.ratio(_norm(str(v["value"])), text) >= 90 for v in values)
    if kind == "quote":  # the brief may show the whole quote; the planted words are part of it
        return any(fuzz.partial_ratio(text, _norm(str(v["value"]))) >= 90 for v in values)
    if kind == "figure":
        return any(text in _norm(c["sentence"]) or text in _norm(str(v["value"]))
                   for v in values for c in v["citations"])
    if kind == "date":  # "January 11" planted; ISO value or the article's own words shown
        return any(_same_day(text, str(v["value"])) for v in values)
    return False


_MONTHS = [calendar.month_name[i].lower() for i in range(1, 13)]


def _same_day(planted: str, shown: str) -> bool:
    m = re.match(r"([a-z]+)\s+(\d{1,2})", planted)
    if not m or m.group(1) not in _MONTHS:
        return planted in _norm(shown)
    iso = f"-{_MONTHS.index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}"
    return iso in shown or planted in _norm(shown)


def _analyse(articles: list[Article]) -> dict[str, Analysis]:
    from storyline.nlp import analyze_many

    return dict(zip([a.id for a in articles], analyze_many(articles), strict=True))


def _cluster(articles: list[Article], analyses: dict[str, Analysis]) -> dict[str, Assignment]:
    from storyline.stories import StoryIndex

    index = StoryIndex()
    order = sorted(articles, key=lambda a: (a.published or "", a.id))
    return {a.id: index.assign(a, analyses[a.id]) for a in order}


def _briefs(
    expected: list[ExpectedStory],
    articles: list[Article],
    analyses: dict[str, Analysis],
    assignments: dict[str, Assignment],
) -> Iterator[tuple[ExpectedStory, dict[str, Any]]]:
    from storyline.brief import build_brief
    from storyline.reconcile import reconcile

    for n, gold in enumerate(expected, 1):
        members = [resolve(articles, r) for r in gold.articles]
        story = Story(n, gold.title, [
            StoryArticle(a.id, a.external_id, a.url, a.outlet, a.title, a.published)
            for a in members
        ])
        items = [(a, analyses[a.id], assignments[a.id]) for a in members]
        yield gold, build_brief(reconcile(story, items)).to_dict()


def evaluate_examples(examples_dir: Path, part: str = "heldout") -> dict[str, Any]:
    """Score one part of the example corpus (see the module docstring)."""
    expected, articles = read_part(Path(examples_dir), part)
    analyses = _analyse(articles)
    assignments = _cluster(articles, analyses)
    story_of = {aid: a.story_id for aid, a in assignments.items()}
    predicted = [{story_of[resolve(articles, r).id] for r in gold.articles} for gold in expected]
    kept = sum(
        len(ids) == 1 and sum(ids <= other for other in predicted) == 1 for ids in predicted
    )
    found = dict.fromkeys(KINDS, 0)
    planted = dict.fromkeys(KINDS, 0)
    missing: list[str] = []
    reported = matched = 0
    for gold, brief in _briefs(expected, articles, analyses, assignments):
        used: set[int] = set()
        for p in gold.planted:
            if p.kind not in planted:
                continue
            planted[p.kind] += 1
            hit = planted_found(p, brief, articles)
            if hit is None:
                missing.append(f"{gold.key} {p.kind}: {p.about}")
                continue
            found[p.kind] += 1
            if hit >= 0:
                used.add(hit)
        reported += len(brief["discrepancies"])
        matched += len(used)
    total_found, total_planted = sum(found.values()), sum(planted.values())
    return {
        "dataset": "examples",
        "part": part,
        "score_kind": "training (the rules were written against this part)"
        if part == "training" else "held-out (scored, never tuned on)",
        "articles": len(articles),
        "stories": {"gold": len(expected), "kept_whole_and_apart": kept},
        "planted": {k: {"found": found[k], "planted": planted[k]} for k in KINDS},
        "planted_total": {"found": total_found, "planted": total_planted,
                          "recall": prf(total_found, total_found, total_planted)["recall"]},
        "discrepancies_reported": reported,
        "unmatched": reported - matched,
        "missing": missing,
    }
