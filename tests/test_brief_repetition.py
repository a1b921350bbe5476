"""Each cited sentence is quoted in full once per rendered brief; later places point to it.

Briefs are built by hand here (no model, no reconcile), so the tests are quick and say
exactly which sentence is cited where.
"""

from __future__ import annotations

import html
import re

from storyline.brief import (
    Brief,
    BriefDiscrepancy,
    BriefPerson,
    KeyPoint,
    SingleSourceItem,
    TimelineEntry,
    render_html,
    render_json,
    render_markdown,
    render_report,
)
from storyline.brief.quoting import SentenceLedger, excerpt, person_citations
from storyline.reconcile.model import Citation, DiscrepancyValue, RoleEvidence
from storyline.records import Story

VOTE = ("The harbour council voted 5–4 on Monday to close the old ferry pier, "
        "council clerk Maren Okoye told reporters.")
VOTE_OTHER = ("By a single vote, the council decided on Monday that the ferry pier "
              "will shut at the end of the month.")
FERRY = "Ferries will dock at the new terminal from March 3, the harbour master said."
GULLS = "Fishermen said the closure would leave their boats without a sheltered berth."


def cite(sentence: str, outlet: str, article: str, index: int) -> Citation:
    return Citation(article_id=article, external_id=None, sentence=sentence, outlet=outlet,
                    sentence_index=index)


def repeated_brief() -> Brief:
    """One sentence (VOTE) a key point, a discrepancy, a person's role and the timeline all
    cite; a second outlet's sentence (VOTE_OTHER) cited by the key point and discrepancy."""
    vote = cite(VOTE, "Quay Gazette", "a1", 0)
    other = cite(VOTE_OTHER, "Tidewater Post", "b1", 2)
    ferry = cite(FERRY, "Quay Gazette", "a1", 3)
    return Brief(
        story=Story(id=4, title="Council closes the old ferry pier"),
        key_points=[KeyPoint(text=VOTE, status="conflicting", independent_outlets=2,
                             citations=[vote, other])],
        discrepancies=[BriefDiscrepancy(
            kind="figure", about="vote", note="Outlets give different votes.",
            values=[DiscrepancyValue(value="5–4", citations=[vote]),
                    DiscrepancyValue(value="a single vote", citations=[other])])],
        people=[BriefPerson(id="p1", name="Maren Okoye", kind="person",
                            roles=[RoleEvidence(text="council clerk", citations=[vote])])],
        timeline=[TimelineEntry(date="2031-02-10", granularity="day", kind="event", text=VOTE,
                                expressions=["Monday"], citations=[vote]),
                  TimelineEntry(date="2031-03-03", granularity="day", kind="event",
                                text=FERRY, expressions=["March 3"], citations=[ferry])],
    )


FIRST = "¶1 (where the outlets differ, item 1)"


def test_a_sentence_cited_in_four_places_is_quoted_in_full_once_in_markdown():
    md = render_markdown(repeated_brief())
    # quoted once, where the outlets differ (the first section); the key point still
    # states it (a key point is read on its own), without quoting it again
    assert md.count(f"“{VOTE}”") == 1 and md.count(VOTE) == 2
    assert f"- *Quay Gazette* ¶1: “{VOTE}”" in md
    assert f"- {VOTE} _(conflicting, 2 outlets)_" in md
    # the key point, the person and the timeline name the outlet and point to it
    assert md.count(f"*Quay Gazette*: see {FIRST}") == 3
    timeline = md.split("## Timeline")[1]
    assert "**2031-02-10**: …" in timeline and f"*Quay Gazette*: see {FIRST}" in timeline


def test_two_different_sentences_are_both_printed_in_full():
    md = render_markdown(repeated_brief())
    assert md.count(VOTE_OTHER) == 1 and md.count(FERRY) == 1
    assert "*Tidewater Post* ¶2: “" + VOTE_OTHER in md  # labelled: cited again later
    assert "*Tidewater Post*: see ¶2 (where the outlets differ, item 1)" in md
    assert f"*Quay Gazette*: “{FERRY}”" not in md  # the timeline shows it as its own text
    assert f"**2031-03-03**: {FERRY}" in md  # printed once, not labelled (cited only here)


def test_a_sentence_cited_once_carries_no_label():
    brief = Brief(story=Story(id=1, title="Quiet"), key_points=[
        KeyPoint(text="Nets were mended.", status="single-source", independent_outlets=1,
                 citations=[cite(GULLS, "Quay Gazette", "a1", 5)])])
    md = render_markdown(brief)
    assert f"- *Quay Gazette*: “{GULLS}”" in md and "¶" not in md


def test_the_html_brief_prints_it_once_and_links_back():
    page = render_html(repeated_brief())
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.split("<body>")[1])).split())
    assert text.count(f"“{VOTE}”") == 1 and text.count(VOTE) == 2
    anchors = set(re.findall(r'id="([^"]+)"', page))
    links = re.findall(r'<a class="ref" href="#([^"]+)">', page)
    assert len(links) >= 3 and set(links) <= anchors


def test_a_report_of_two_briefs_keeps_anchors_apart():
    page = render_report([repeated_brief(), repeated_brief()], "Two")
    ids = re.findall(r'id="(story-4-p\d+)"', page)
    assert ids  # the same story twice: same ids, but each brief links within itself
    first, second = page.split('<section class="story">')[1:3]
    for part in (first, second):
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", part)).split())
        assert text.count(f"“{VOTE}”") == 1


def test_the_json_keeps_every_citation():
    data = repeated_brief().to_dict()
    assert '"sentence_index": 0' in render_json(repeated_brief())
    assert [c["sentence"] for c in data["people"][0]["roles"][0]["citations"]] == [VOTE]
    assert len(data["discrepancies"][0]["values"][0]["citations"]) == 1


def test_a_person_cites_at_most_one_sentence_per_outlet():
    person = BriefPerson(id="p2", name="Maren Okoye", kind="person", roles=[
        RoleEvidence(text="council clerk", citations=[
            cite(VOTE, "Quay Gazette", "a1", 0), cite(FERRY, "Quay Gazette", "a1", 3),
            cite(VOTE_OTHER, "Tidewater Post", "b1", 2)]),
        RoleEvidence(text="clerk", citations=[cite(GULLS, "Quay Gazette", "a1", 5)])])
    groups = person_citations(person.to_dict())
    assert [[c["sentence"] for c in cs] for _, cs in groups] == [[VOTE, VOTE_OTHER], [GULLS]]
    md = render_markdown(Brief(story=Story(id=2, title="Clerk"), people=[person]))
    assert FERRY not in md and md.count("*Quay Gazette*") == 2  # every role keeps a citation


def test_a_claim_one_outlet_makes_points_back_when_quoted_before():
    vote = cite(VOTE, "Quay Gazette", "a1", 0)
    brief = Brief(story=Story(id=3, title="Pier"), key_points=[
        KeyPoint(text=VOTE, status="single-source", independent_outlets=1, citations=[vote])],
        single_source=[SingleSourceItem(text=VOTE, outlet="Quay Gazette", detail=["Maren Okoye"],
                                        citations=[vote])])
    md = render_markdown(brief)
    assert md.count(VOTE) == 1
    line = md.split("## Reported by one outlet only")[1].strip().splitlines()[0]
    assert "Maren Okoye" in line and line.endswith("*Quay Gazette*, see ¶1 (key point 1)")


def test_an_excerpt_keeps_the_words_around_its_anchor_and_escapes():
    assert excerpt(FERRY, ["March 3"]) == "…the new terminal from March 3, the harbour master said."
    assert excerpt(VOTE, ["Monday"]) == "…voted 5–4 on Monday to close the old ferry pier,…"
    assert excerpt("Too short to cut.", ["cut"]) == "Too short to cut."
    hostile = Brief(story=Story(id=5, title="x"), key_points=[
        KeyPoint(text="<script>alert(1)</script> was found in the ferry pier log by staff.",
                 status="single-source", independent_outlets=1, citations=[])],
        timeline=[TimelineEntry(
            date="2031-02-10", granularity="day", kind="event", expressions=["Monday"],
            text="<script>alert(1)</script> was found in the ferry pier log by staff.")])
    assert "<script" not in render_markdown(hostile) and "<script" not in render_html(hostile)


def test_the_ledger_gives_each_item_its_own_words_above():
    q = SentenceLedger(repeated_brief().to_dict())
    first = q.cite({"sentence": VOTE}, q.item("key point 1"))
    again = q.cite({"sentence": f" {VOTE} "}, "key point 1")  # whitespace folded
    later = q.cite({"sentence": VOTE}, q.item("people, Maren Okoye"))
    assert first.first and not again.first and again.here
    assert not later.first and not later.here and later.where == "key point 1"


def test_the_story_page_quotes_each_sentence_once_and_its_links_resolve(examples_db):
    from fastapi.testclient import TestClient

    from storyline.config import Settings
    from storyline.web import WebOptions, create_app

    app = create_app(Settings(db=str(examples_db), workers=1), WebOptions())
    with TestClient(app) as client:
        stories = client.get("/api/stories?limit=200").json()["results"]
        story = max(stories, key=lambda s: s["article_count"])
        brief = client.get(f"/api/stories/{story['id']}/brief").json()
        page = client.get(story["url"]).text
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    sentences = {" ".join(c["sentence"].split())
                 for key in ("key_points", "timeline", "single_source")
                 for item in brief[key] for c in item["citations"]}
    assert sentences
    assert all(text.count(f"“{s}”") <= 1 for s in sentences if len(s.split()) > 5)
    links = set(re.findall(r'<a class="ref" href="#([^"]+)">', page))
    assert links and links <= set(re.findall(r'id="([^"]+)"', page))
