"""Quality gate for reconciliation on the example corpus, story grouping taken from gold.

Each gold story of examples/EXPECTED.md is reconciled on its own (so clustering errors do
not count here) and every planted disagreement is looked for in the brief. Floors are the
recall measured when the gate was set, less a tolerance of one where the result leans on
what the NLP stage extracts (figures, resolved dates): lower them only with a reason.
"""

from __future__ import annotations

import calendar
import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from storyline.brief import Brief, build_brief
from storyline.config import Settings
from storyline.evaluate.expected import Planted, parse_expected
from storyline.reconcile import reconcile
from storyline.records import Article, Story, StoryArticle

pytestmark = pytest.mark.slow

# Found / planted when the gate was set (2026-11-22): name 8/8, figure 9/11 (two figures
# the NLP stage does not extract), quote 14/14, date 8/8, claim 15/15; 3 discrepancies
# matched nothing planted (one is a second sentence of a planted date conflict).
MEASURED = {"name": 8, "figure": 9, "quote": 14, "date": 8, "claim": 15}
TOLERANCE = {"figure": 1, "date": 1}
FLOORS = {k: v - TOLERANCE.get(k, 0) for k, v in MEASURED.items()}
MAX_UNMATCHED = 5  # discrepancies reported that match no planted one (over all stories)

_MONTHS = {calendar.month_name[i].lower(): i for i in range(1, 13)}


def _ref(articles: list[Article], ref: str) -> Article:
    name, _, key = ref.partition("#")
    found = [a for a in articles if Path(a.source.split(" ")[0]).name == name
             and (not key or key in (a.external_id, a.url))]
    assert len(found) == 1, ref
    return found[0]


def _numbers(text: str) -> set[float]:
    return {float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*\.?\d*", text)}


def _day(text: str) -> str:
    m = re.match(r"([A-Za-z]+)\s+(\d+)", text)
    return f"-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}" if m else text


def _matches(planted: Planted, values: list[str]) -> bool:
    if planted.kind == "name":
        return all(any(pv.lower() == v.lower() for v in values) for pv, _ in planted.values)
    if planted.kind == "figure":
        found = set().union(*(_numbers(v) for v in values))
        return all(_numbers(pv) & found for pv, _ in planted.values)
    if planted.kind == "date":
        return all(any(_day(pv) in v for v in values) for pv, _ in planted.values)
    return all(any(fuzz.partial_ratio(pv.lower(), v.lower()) >= 85 for v in values)
               for pv, _ in planted.values)


@pytest.fixture(scope="module")
def briefs(examples_dir: Path) -> list[tuple[Planted, Brief, list[Article]]]:
    from storyline.demo import EXAMPLE_DOCS, HELDOUT
    from storyline.nlp import analyze_many
    from storyline.sources import expand_inputs, read_source
    from storyline.stories import StoryIndex

    articles = [a for u in expand_inputs([str(examples_dir)], exclude=(*EXAMPLE_DOCS, HELDOUT))
                for a in read_source(u, Settings()) if isinstance(a, Article)]
    articles.sort(key=lambda a: (a.published or "", a.id))
    analyses = dict(zip([a.id for a in articles], analyze_many(articles), strict=True))
    index = StoryIndex()
    assignments = {a.id: index.assign(a, analyses[a.id]) for a in articles}
    out = []
    for gold in parse_expected(examples_dir / "EXPECTED.md"):
        members = [_ref(articles, r) for r in gold.articles]
        story = Story(int(gold.key[1:]), gold.title, [
            StoryArticle(a.id, a.external_id, a.url, a.outlet, a.title, a.published)
            for a in members])
        brief = build_brief(reconcile(story, [(a, analyses[a.id], assignments[a.id])
                                              for a in members]))
        out.append((gold, brief, articles))
    return out


def test_planted_disagreements_are_found_at_or_above_the_floors(briefs):
    found = dict.fromkeys(FLOORS, 0)
    unmatched = 0
    for gold, brief, articles in briefs:
        used = set()
        for planted in gold.planted:
            if planted.kind == "claim":
                phrase, ref = planted.values[0]
                article = _ref(articles, ref)
                hit = any(any(c.article_id == article.id and phrase.lower() in c.sentence.lower()
                              for c in item.citations) for item in brief.single_source)
            else:
                hits = [i for i, d in enumerate(brief.discrepancies) if d.kind == planted.kind
                        and _matches(planted, [str(v.value) for v in d.values])]
                used.update(hits[:1])
                hit = bool(hits)
            found[planted.kind] += hit
        unmatched += len(brief.discrepancies) - len(used)
    for kind, floor in FLOORS.items():
        assert found[kind] >= floor, f"{kind}: {found[kind]} found, floor {floor} ({found})"
    assert unmatched <= MAX_UNMATCHED, f"{unmatched} discrepancies match nothing planted"
