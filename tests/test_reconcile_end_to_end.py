"""Reconciliation and briefs through the real NLP stage: our own articles, then the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.brief import build_brief, render_html, render_json
from storyline.reconcile import Reconciliation, reconcile
from storyline.records import Article, Assignment, Story, StoryArticle

pytestmark = pytest.mark.slow

# DESIGN's keys, and (added with the confidence model) the candidates it holds back
CONTRACT_KEYS = {"story", "key_points", "people", "quotes", "figures", "timeline",
                 "discrepancies", "possible_discrepancies", "single_source", "coverage",
                 "measures"}

FIRST = """Title: Floods force thousands from homes in river valley
Outlet: Valley Courier
Published: 2025-04-16

Floods forced more than 3,000 people from their homes in the Arden valley on Tuesday after \
two days of heavy rain, regional officials said.
Governor Helena Marsh, who toured the worst-hit towns, said the state would release \
emergency funds within 30 days.
"We will not leave anyone behind in this valley," Marsh told reporters in Kelby.
Weather forecasters expect more rain over the weekend.
"""

SECOND = """Title: Arden valley floods: thousands evacuated
Outlet: Northern Ledger
Published: 2025-04-16

More than 3,000 residents of the Arden valley were evacuated on Tuesday as two days of \
heavy rain pushed the river over its banks, officials said.
Governor Helena Marsch promised that emergency funds would be released within 30 days.
"We will not leave a single person behind in this valley," Marsch said during a visit to \
Kelby.
Schools in three towns will stay closed until Friday.
"""


def _items(articles: list[Article]) -> tuple[Story, list]:
    from storyline.nlp import analyze

    items = [(a, analyze(a), Assignment(a.id, 1)) for a in articles]
    story = Story(
        id=1, title=articles[0].title or "story",
        articles=[StoryArticle(a.id, a.external_id, a.url, a.outlet, a.title, a.published)
                  for a in articles],
        outlets=sorted({a.outlet for a in articles if a.outlet}),
    )
    return story, items


def _read(path: Path) -> list[Article]:
    from storyline.config import Settings
    from storyline.sources import read_source

    return [a for a in read_source(str(path), Settings()) if isinstance(a, Article)]


def _citations(node):
    if isinstance(node, dict):
        if {"article_id", "sentence"} <= node.keys():
            yield node
        for v in node.values():
            yield from _citations(v)
    elif isinstance(node, list):
        for v in node:
            yield from _citations(v)


@pytest.fixture(scope="module")
def own(tmp_path_factory) -> tuple[Reconciliation, dict[str, str]]:
    folder = tmp_path_factory.mktemp("articles")
    articles = []
    for name, text in (("a.txt", FIRST), ("b.txt", SECOND)):
        (folder / name).write_text(text, encoding="utf-8")
        articles.extend(_read(folder / name))
    assert len(articles) == 2
    story, items = _items(articles)
    return reconcile(story, items), {a.id: a.text for a in articles}


def test_nlp_people_with_two_spellings_merge_and_are_flagged(own):
    rec, _ = own
    marsh = [p for p in rec.people if p.name in ("Helena Marsh", "Helena Marsch")]
    assert len(marsh) == 1
    assert {v.name for v in marsh[0].variants} == {"Helena Marsh", "Helena Marsch"}
    assert [d for d in rec.discrepancies if d.kind == "name"]


def test_nlp_quotes_of_one_speaker_align_with_variance(own):
    rec, _ = own
    aligned = [q for q in rec.quotes if len(q.outlets) == 2 and q.variance]
    assert aligned, [(q.speaker, [v.text for v in q.variants]) for q in rec.quotes]


def test_nlp_brief_citations_are_sentences_of_their_articles(own):
    rec, texts = own
    data = json.loads(render_json(build_brief(rec)))
    assert set(data) == CONTRACT_KEYS
    cites = list(_citations(data))
    assert cites and all(c["sentence"] in texts[c["article_id"]] for c in cites)


# --------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds(seeds_dir) -> tuple[Reconciliation, dict[str, str]]:
    articles = [a for p in sorted(seeds_dir.glob("*.txt")) for a in _read(p)]
    assert len(articles) == 2
    story, items = _items(articles)
    return reconcile(story, items), {a.id: a.text for a in articles}


def test_seeds_merge_the_two_spellings_of_the_treasury_secretary(seeds):
    rec, _ = seeds
    found = [p for p in rec.people if {v.name for v in p.variants} >= {"Scott Bassant",
                                                                         "Scott Bessent"}]
    assert len(found) == 1
    names = [d for d in rec.discrepancies if d.kind == "name" and d.about == found[0].name]
    assert len(names) == 1
    assert len({c.article_id for v in names[0].values for c in v.citations}) == 2


def test_seeds_align_the_two_wordings_of_the_trump_quote(seeds):
    rec, _ = seeds
    trump = [q for q in rec.quotes if q.speaker == "Donald Trump" and len(q.outlets) == 2]
    assert len(trump) == 1 and trump[0].variance
    disc = [d for d in rec.discrepancies if d.kind == "quote" and "Trump" in d.about]
    assert len(disc) == 1
    assert len({c.article_id for v in disc[0].values for c in v.citations}) == 2


def test_seeds_timeline_has_the_tuesday_inferred(seeds):
    rec, _ = seeds
    brief = build_brief(rec)
    tuesday = [t for t in brief.timeline if t.date == "2025-06-10"]
    assert tuesday and all(t.inferred for t in tuesday)


def test_seeds_brief_contract_and_citations(seeds):
    rec, texts = seeds
    brief = build_brief(rec)
    data = json.loads(render_json(brief))
    assert set(data) == CONTRACT_KEYS
    for key in CONTRACT_KEYS - {"story", "measures"}:
        for item in data[key]:
            assert item["citations"], (key, item)
            for c in item["citations"]:
                assert c["sentence"] and c["sentence"] in texts[c["article_id"]]
    assert "<script" not in render_html(brief).lower()
