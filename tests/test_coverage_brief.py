"""Brief noise (class 6) and lone claims another outlet also makes, on sentences written for
these tests: untitled stories, outlet names and clock parts as "details", list fragments and
places as people, one sentence repeated across sections."""

from __future__ import annotations

import re

from storyline.brief import build_brief
from storyline.brief.build import _real_name
from storyline.brief.model import BriefPerson
from storyline.reconcile import CORROBORATED, SINGLE_SOURCE, Claim, reconcile
from storyline.reconcile.claims import corroborate_contained
from storyline.reconcile.evidence import build_docs
from storyline.records import Analysis, Article, Assignment, Entity, Sentence, Story


def _item(text: str, outlet: str, entities: list[tuple[str, str]] = ()
          ) -> tuple[Article, Analysis, Assignment]:
    article = Article(text=text, outlet=outlet, published="2025-06-12", title=None)
    sentences: list[Sentence] = []
    start = 0
    for m in [*re.finditer(r"(?<=\.)\s+(?=[A-Z])", text), None]:
        end = len(text) if m is None else m.start()
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
        start = end if m is None else m.end()
    an = Analysis(article_id=article.id, version="test", reference_date="2025-06-12",
                  reference_from="metadata", sentences=sentences)
    for name, label in entities:
        for m in re.finditer(re.escape(name), text):
            an.entities.append(Entity(name, label, m.start(), m.end(), an.sentence_at(m.start())))
    return article, an, Assignment(article.id, 1, 0.9)


A = ("Fifa rejected the club's appeal against the transfer ban on Tuesday morning. "
     "The ruling leaves the Velmora side unable to sign players until January next year. "
     "Club officials said they would study the decision before taking further steps.")
B = ("In a statement issued in Zurich, Fifa rejected the club's appeal against the transfer "
     "ban, the governing body confirmed at 0400 GMT. "
     "Atlas Newswire understands the club may now turn to the sports court in Lausanne.")


def test_an_untitled_story_is_named_after_its_lead() -> None:
    rec = reconcile(Story(id=1, title="Story 1"), [_item(A, "Coast Wire"), _item(B, "Atlas Newswire")])
    brief = build_brief(rec)
    assert brief.story.title != "Story 1"
    assert "appeal" in brief.story.title


def test_a_lone_claim_another_outlet_also_makes_is_corroborated() -> None:
    docs = build_docs([_item(A, "Coast Wire"), _item(B, "Atlas Newswire")])
    lone = Claim(id="c1", text="Fifa rejected the club's appeal against the transfer ban.",
                 status=SINGLE_SOURCE, outlets=["Coast Wire"], independent_outlets=1,
                 citations=[docs[0].cite(0)])
    longer = Claim(id="c2", text=B.split(". ")[0], status=SINGLE_SOURCE,
                   outlets=["Atlas Newswire"], independent_outlets=1,
                   citations=[docs[1].cite(0)])
    other = Claim(id="c3", text="Club officials said they would study the decision.",
                  status=SINGLE_SOURCE, outlets=["Coast Wire"], independent_outlets=1)
    assert corroborate_contained([lone, longer, other], docs) == 1
    assert lone.status == CORROBORATED and lone.independent_outlets == 2
    assert set(lone.outlets) == {"Coast Wire", "Atlas Newswire"}
    assert longer.status == SINGLE_SOURCE and other.status == SINGLE_SOURCE


def test_outlet_names_and_clock_parts_are_not_single_source_details() -> None:
    rec = reconcile(Story(id=1, title="Appeal"), [
        _item(A, "Coast Wire", [("Fifa", "ORG")]),
        _item(B, "Atlas Newswire", [("Fifa", "ORG"), ("Atlas Newswire", "ORG"),
                                   ("Zurich", "GPE"), ("GMT", "ORG")]),
    ])
    details = [v for c in rec.claims for d in c.details for v in d.values]
    assert "Atlas Newswire" not in details
    assert not {"0400", "GMT"} & set(details)


def test_a_lone_key_point_is_not_repeated_in_the_single_source_list() -> None:
    rec = reconcile(Story(id=1, title="Appeal"), [_item(A, "Coast Wire"), _item(B, "Atlas Newswire")])
    brief = build_brief(rec)
    point_ids = {p.claim_id for p in brief.key_points}
    assert not [s for s in brief.single_source if not s.detail and s.claim_id in point_ids]


def test_fragments_and_places_are_not_people() -> None:
    def person(name: str, kind: str = "person") -> BriefPerson:
        return BriefPerson(id="p", name=name, kind=kind)

    assert not _real_name(person("• Club", "org"))
    assert not _real_name(person("Mar"))
    assert not _real_name(person("Trump Tower"))
    assert _real_name(person("Dario Pell"))
    assert _real_name(person("WTO", "org"))
    assert _real_name(person("Velmora Football Club", "org"))
